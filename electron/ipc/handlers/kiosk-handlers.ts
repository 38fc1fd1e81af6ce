import type { Diagnostics, KioskStatus, StartupNotice } from '@shared/ipc/kiosk-calls'
import type { StaffAuditLog } from '../../services/audit/staff-audit-log'
import type { SqliteDatabase } from '../../services/database/sqlite-database'
import type { SecretBox } from '../../services/secrets/secret-box'
import type { SettingsRepository } from '../../services/settings/settings-repository'
import type { SettingsDocument } from '../../services/settings/settings-document'
import type { CallHandlers } from '../call-dispatcher'

export interface KioskHandlerDeps {
  settings: SettingsRepository
  database: SqliteDatabase
  secretBox: SecretBox
  audit: StaffAuditLog
  runtime: Diagnostics['runtime']
  appVersion: string
  dataDirectory: string
  notices: readonly StartupNotice[]
}

type KioskHandlers = Pick<CallHandlers, 'kiosk.status' | 'settings.get' | 'settings.update' | 'system.diagnostics'>

export function kioskStatusOf(document: SettingsDocument, appVersion: string): KioskStatus {
  const { organisationName, language, idleTimeoutSeconds } = document.kiosk
  return { organisationName, language, idleTimeoutSeconds, appVersion }
}

export function createKioskHandlers(deps: KioskHandlerDeps): KioskHandlers {
  const { settings, audit } = deps
  return {
    'kiosk.status': () => kioskStatusOf(settings.get(), deps.appVersion),
    'settings.get': () => settings.get().kiosk,
    'settings.update': (patch) => {
      const changed = Object.keys(patch).join(', ')
      const updated = settings.update((draft) => {
        draft.kiosk = { ...draft.kiosk, ...patch }
      })
      audit.record({ role: 'manager', action: 'change settings', outcome: 'succeeded', detail: changed })
      return updated.kiosk
    },
    'system.diagnostics': () => ({
      appVersion: deps.appVersion,
      runtime: deps.runtime,
      dataDirectory: deps.dataDirectory,
      secretProtection: deps.secretBox.protection,
      databaseSchemaVersion: deps.database.schemaVersion,
      notices: [...deps.notices],
    }),
  }
}
