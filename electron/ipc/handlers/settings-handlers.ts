import { describeChanges } from '../../services/audit/audit-changes'
import type { StaffAuditLog } from '../../services/audit/staff-audit-log'
import type { SettingsRepository } from '../../services/settings/settings-repository'
import type { CallHandlers } from '../call-dispatcher'

export function createSettingsHandlers(
  settings: SettingsRepository,
  audit: StaffAuditLog,
): Pick<CallHandlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => settings.get().kiosk,
    'settings.update': (patch) => {
      const before = settings.get().kiosk
      const updated = settings.update((draft) => {
        draft.kiosk = { ...draft.kiosk, ...patch }
      })
      audit.record({ role: 'manager', action: 'change settings', outcome: 'succeeded', detail: describeChanges(before, updated.kiosk) })
      return updated.kiosk
    },
  }
}
