import type { SettingsReset } from '../services/settings/settings-repair'
import type { KioskNotices } from './kiosk-notices'

/** Names for the manager exactly what a settings repair reset or left out, and where the original is. */
export function noticeSettingsRepair(resets: readonly SettingsReset[], backupFile: string, notices: KioskNotices): void {
  const settings = resets.flatMap((reset) => (reset.part === 'setting' ? [reset.path] : []))
  if (settings.length > 0) notices.add('settingsReset', { settings })
  for (const reset of resets) {
    if (reset.part === 'visitType') notices.add('visitTypeRemoved', { visitType: reset.visitType, fields: reset.fields })
    if (reset.part === 'visitTypeUnreadable') notices.add('visitTypeUnreadable', { visitType: reset.visitType })
    if (reset.part === 'visitTypeOverLimit') notices.add('visitTypeOverLimit', { visitType: reset.visitType })
  }
  const entries = resets.flatMap((reset) => (reset.part === 'denyListEntry' ? [reset.value] : []))
  if (entries.length > 0) notices.add('denyListEntriesRemoved', { entries })
  const readers = resets.flatMap((reset) => (reset.part === 'hidReader' ? [reset.reader] : []))
  if (readers.length > 0) notices.add('hidReadersRemoved', { readers })
  notices.add('settingsBackupKept', { backupFile })
}
