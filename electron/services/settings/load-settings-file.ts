import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Clock } from '../ports'
import { defaultSettingsDocument, settingsDocumentSchema, type SettingsDocument } from './settings-document'
import { repairSettings, type SettingsReset } from './settings-repair'

/**
 * The settings file as found. Reading changes nothing on disk, so a start that is then refused (see
 * the database checks) leaves the evidence where it was and refuses again next time.
 */
export type SettingsRead =
  | { state: 'intact'; document: SettingsDocument }
  | { state: 'missing'; document: SettingsDocument }
  /** Not JSON, or JSON that is not an object: defaults load and the file is moved aside. */
  | { state: 'unreadable'; document: SettingsDocument }
  /** Valid JSON with invalid parts: those parts were reset or left out, and a copy of the file is kept. */
  | { state: 'repaired'; document: SettingsDocument; resets: SettingsReset[] }

export function readSettingsFile(path: string): SettingsRead {
  if (!existsSync(path)) return { state: 'missing', document: defaultSettingsDocument() }
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return { state: 'unreadable', document: defaultSettingsDocument() }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { state: 'unreadable', document: defaultSettingsDocument() }
  const parsed = settingsDocumentSchema.safeParse(raw)
  if (parsed.success) return { state: 'intact', document: parsed.data }
  return { state: 'repaired', ...repairSettings(raw as Record<string, unknown>) }
}

/**
 * Keeps what a repair would otherwise lose: an unreadable file is moved aside, a repaired one is
 * copied. Answers where the original now is, or null when nothing needed keeping.
 */
export function keepOriginalSettings(path: string, read: SettingsRead, clock: Clock): string | null {
  if (read.state === 'unreadable') {
    const movedTo = asideName(path, clock, 'corrupt')
    renameSync(path, movedTo)
    return movedTo
  }
  if (read.state === 'repaired') {
    const backup = asideName(path, clock, 'backup')
    copyFileSync(path, backup)
    return backup
  }
  return null
}

function asideName(path: string, clock: Clock, label: string): string {
  const stamp = clock.now().toISOString().replaceAll(':', '-')
  return join(dirname(path), `${basename(path, '.json')}.${label}-${stamp}.json`)
}
