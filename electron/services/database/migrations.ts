/**
 * The database schema, one step at a time. A step is never edited once released: add a new one.
 * `PRAGMA user_version` holds the number of the last step applied.
 */
export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'staff audit and kiosk events',
    sql: `
      CREATE TABLE staff_audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        role TEXT,
        action TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('succeeded', 'refused', 'failed')),
        detail TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX staff_audit_at ON staff_audit (at);
      -- Visitor-side happenings (check-ins, scans); written from issue #4 on.
      CREATE TABLE kiosk_events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX kiosk_events_at ON kiosk_events (at);
    `,
  },
  {
    version: 2,
    name: 'staff PIN backup',
    sql: `
      CREATE TABLE staff_pin_backup (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        manager_pin_hash TEXT NOT NULL,
        reception_pin_hash TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );
    `,
  },
]
