import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { isPassCodeOf, kioskTagOf } from '../visits/pass-code'
import type { SqliteDatabase } from './sqlite-database'

const valueRow = z.object({ value: z.string() })
const lostRow = z.object({ database_id: z.string(), lost_at: z.string() })

export const newDatabaseId = (): string => randomBytes(8).toString('hex')

/**
 * Visit ids begin with this part of their database's id, and a visit's Kisi link names its visit,
 * so a link says which database made it: after a database is lost, its links are known to be this
 * kiosk's, not another kiosk's.
 */
export const visitIdPrefixOf = (databaseId: string): string => databaseId.slice(0, 8)

/** The database's id (also kept in the settings) and the databases this kiosk lost before it. */
export class DatabaseIdentity {
  readonly #database: SqliteDatabase
  #lost: { prefix: string; tag: string; lostAt: string }[]

  constructor(database: SqliteDatabase) {
    this.#database = database
    this.#lost = this.#readLost()
  }

  id(): string | null {
    return this.#database.get("SELECT value FROM kiosk_meta WHERE key = 'database_id'", valueRow)?.value ?? null
  }

  assign(id: string): void {
    this.#database.run("INSERT INTO kiosk_meta (key, value) VALUES ('database_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [id])
  }

  recordLost(id: string, at: Date): void {
    this.#database.run('INSERT OR IGNORE INTO lost_databases (database_id, lost_at) VALUES (?, ?)', [id, at.toISOString()])
    this.#lost = this.#readLost()
  }

  /**
   * True for a link of a database this kiosk lost, made before the loss; `linkKey` is what the
   * link's name says of its visit: the visit id (older links) or the pass code. The time matters: a
   * copy of this kiosk's files set up elsewhere carries the same id and keeps making links.
   */
  madeByLostDatabase(linkKey: string, linkCreatedAt: string | undefined): boolean {
    return this.#lost.some(
      ({ prefix, tag, lostAt }) =>
        (linkKey.startsWith(prefix) || isPassCodeOf(linkKey, tag)) && (linkCreatedAt === undefined || Date.parse(linkCreatedAt) < Date.parse(lostAt)),
    )
  }

  #readLost(): { prefix: string; tag: string; lostAt: string }[] {
    return this.#database
      .all('SELECT database_id, lost_at FROM lost_databases', lostRow)
      .map((row) => ({ prefix: visitIdPrefixOf(row.database_id), tag: kioskTagOf(row.database_id), lostAt: row.lost_at }))
  }
}
