import type { Diagnostics, StartupNotice } from '@shared/ipc/system-calls'
import type { SqliteDatabase } from '../../services/database/sqlite-database'
import type { SecretBox } from '../../services/secrets/secret-box'
import type { CallHandlers } from '../call-dispatcher'

export interface SystemFacts {
  runtime: Diagnostics['runtime']
  appVersion: string
  dataDirectory: string
  database: SqliteDatabase
  secretBox: SecretBox
  notices: () => readonly StartupNotice[]
}

export function createSystemHandlers(facts: SystemFacts): Pick<CallHandlers, 'system.diagnostics'> {
  return {
    'system.diagnostics': () => ({
      appVersion: facts.appVersion,
      runtime: facts.runtime,
      dataDirectory: facts.dataDirectory,
      secretProtection: facts.secretBox.protection,
      databaseSchemaVersion: facts.database.schemaVersion,
      notices: [...facts.notices()],
    }),
  }
}
