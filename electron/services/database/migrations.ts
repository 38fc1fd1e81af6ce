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
  {
    version: 3,
    name: 'visits and the Kisi link outbox',
    sql: `
      CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        visit_type_id TEXT NOT NULL,
        visit_type_name TEXT NOT NULL,
        visitor_name TEXT NOT NULL,
        visitor_details TEXT NOT NULL,
        status TEXT NOT NULL,
        hold_reason TEXT,
        agreement_version INTEGER,
        invite_code TEXT UNIQUE,
        expected_at TEXT,
        checked_in_at TEXT,
        checked_out_at TEXT,
        auto_check_out_at TEXT,
        access_state TEXT NOT NULL,
        access_group_id INTEGER,
        access_group_name TEXT,
        access_door_names TEXT NOT NULL DEFAULT '[]',
        access_valid_from TEXT,
        access_valid_until TEXT,
        access_problem TEXT,
        link_generation INTEGER NOT NULL DEFAULT 0,
        link_id INTEGER,
        link_secret_sealed TEXT,
        link_secret_hash TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX visits_status ON visits (status);
      CREATE INDEX visits_expected_at ON visits (expected_at);
      CREATE INDEX visits_checked_in_at ON visits (checked_in_at);
      -- Kisi writes that must happen even if Kisi is down now or the kiosk restarts first.
      -- AUTOINCREMENT: an id must never be reused, or finishing an old job could delete a newer one.
      CREATE TABLE link_jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        visit_id TEXT NOT NULL REFERENCES visits (id),
        kind TEXT NOT NULL CHECK (kind IN ('issue', 'revoke', 'revoke-all')),
        link_generation INTEGER NOT NULL,
        link_id INTEGER,
        valid_until TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX link_jobs_due ON link_jobs (next_attempt_at);
    `,
  },
  {
    version: 4,
    name: 'Kisi accounts linked by this kiosk',
    sql: `
      CREATE TABLE kiosk_accounts (
        user_id INTEGER PRIMARY KEY,
        linked_at TEXT NOT NULL,
        linked_by TEXT
      );
    `,
  },
  {
    version: 5,
    name: 'database identity',
    sql: `
      -- The database's id, also kept in the settings, so a database that went missing or was
      -- emptied is noticed at start instead of silently beginning afresh.
      CREATE TABLE kiosk_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      -- Databases this kiosk lost, by id: their visits' Kisi links carry that id and are removed.
      CREATE TABLE lost_databases (
        database_id TEXT PRIMARY KEY,
        lost_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 6,
    name: 'wrong e-mail addresses per invitation',
    sql: `
      -- Kept in the database so a restart does not give a guesser five more tries.
      CREATE TABLE invite_email_failures (
        visit_id TEXT PRIMARY KEY REFERENCES visits (id) ON DELETE CASCADE,
        failures INTEGER NOT NULL,
        last_failed_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 7,
    name: 'sweeps of late link copies and unanswered creates in the outbox',
    // SQLite cannot change a CHECK constraint, so the table is made again with the new kind. Its
    // AUTOINCREMENT counter is carried over: an id handed out once is never handed out again.
    sql: `
      CREATE TABLE link_jobs_next (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        visit_id TEXT NOT NULL REFERENCES visits (id),
        kind TEXT NOT NULL CHECK (kind IN ('issue', 'revoke', 'revoke-all', 'sweep')),
        link_generation INTEGER NOT NULL,
        link_id INTEGER,
        valid_until TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        -- 1: a create of this issue got no answer, or a try was cut off before it recorded one, so
        -- Kisi may still carry it out late.
        create_unanswered INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO sqlite_sequence (name, seq) SELECT 'link_jobs_next', seq FROM sqlite_sequence WHERE name = 'link_jobs';
      INSERT INTO link_jobs_next (id, visit_id, kind, link_generation, link_id, valid_until, attempts, next_attempt_at, last_error, created_at)
        SELECT id, visit_id, kind, link_generation, link_id, valid_until, attempts, next_attempt_at, last_error, created_at FROM link_jobs;
      DROP TABLE link_jobs;
      ALTER TABLE link_jobs_next RENAME TO link_jobs;
      CREATE INDEX link_jobs_due ON link_jobs (next_attempt_at);
    `,
  },
  {
    version: 8,
    name: 'pass codes in link names, and how a visit’s agreement was accepted',
    // Visits stored before this keep no pass code: their links keep the marker they were made with.
    sql: `
      ALTER TABLE visits ADD COLUMN pass_code TEXT;
      CREATE UNIQUE INDEX visits_pass_code ON visits (pass_code) WHERE pass_code IS NOT NULL;
      ALTER TABLE visits ADD COLUMN agreement_acceptance TEXT CHECK (agreement_acceptance IN ('visitor-at-kiosk', 'confirmed-by-reception'));
    `,
  },
  {
    version: 9,
    name: 'Kisi events of the chosen place, and how far they are synced',
    sql: `
      -- Kisi's events, one row per Kisi event uuid: a page read twice (an overlap, a resumed set)
      -- adds nothing. Times are UTC ISO 8601 with milliseconds, like every other table's.
      CREATE TABLE kisi_events (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        place_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        type TEXT NOT NULL,
        action TEXT NOT NULL,
        success INTEGER NOT NULL CHECK (success IN (0, 1)),
        object_type TEXT NOT NULL,
        object_id INTEGER NOT NULL,
        object_name TEXT NOT NULL,
        actor_type TEXT,
        actor_id INTEGER,
        actor_name TEXT,
        -- The access link that acted, when it was one: a visit's link joins its visit here.
        group_link_id INTEGER,
        error_code TEXT,
        error_message TEXT
      );
      CREATE INDEX kisi_events_place_at ON kisi_events (place_id, at);
      CREATE INDEX kisi_events_group_link ON kisi_events (group_link_id) WHERE group_link_id IS NOT NULL;
      -- Per place: events before synced_until are stored. A window being read keeps its event
      -- set and the cursor of the next page, so a restart resumes where the last stored page ended.
      CREATE TABLE kisi_event_sync (
        place_id INTEGER PRIMARY KEY,
        synced_until TEXT,
        window_from TEXT,
        window_until TEXT,
        set_id INTEGER,
        set_created_at TEXT,
        set_cursor TEXT,
        last_success_at TEXT,
        last_error TEXT,
        last_error_at TEXT
      );
    `,
  },
  {
    version: 10,
    name: 'kiosk events by visit, person and outcome',
    // The day view filters up to a hundred thousand events by visit, person and outcome; the detail
    // JSON keeps the rest. Rows from before this step (none were written) keep nulls.
    sql: `
      ALTER TABLE kiosk_events ADD COLUMN visit_id TEXT;
      ALTER TABLE kiosk_events ADD COLUMN person TEXT;
      ALTER TABLE kiosk_events ADD COLUMN outcome TEXT CHECK (outcome IN ('succeeded', 'held', 'refused'));
      CREATE INDEX kiosk_events_visit ON kiosk_events (visit_id) WHERE visit_id IS NOT NULL;
    `,
  },
  {
    version: 11,
    name: 'staff actions by visit, and visits whose visitor was erased',
    // Audit rows name visitors in their words ("approve Ada Lovelace (Guest), visit …"); the visit id
    // finds them again when the visitor's data is erased. Rows written before this keep a null and
    // are found by the exact name within the visit's lifetime instead.
    sql: `
      ALTER TABLE staff_audit ADD COLUMN visit_id TEXT;
      CREATE INDEX staff_audit_visit ON staff_audit (visit_id) WHERE visit_id IS NOT NULL;
      ALTER TABLE visits ADD COLUMN erased_at TEXT;
    `,
  },
  {
    version: 12,
    name: 'Kisi events by access link as their object',
    // Erasing a visitor renames the events whose object is one of the visit's links; without this the
    // update reads every stored event, a hundred thousand of them, for each erased visit. Partial:
    // only link events are indexed, and a query must say object_type = 'GroupLink' to use it.
    sql: `
      CREATE INDEX kisi_events_group_link_object ON kisi_events (object_id) WHERE object_type = 'GroupLink';
    `,
  },
]
