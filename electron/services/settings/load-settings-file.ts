import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { z } from 'zod'
import type { Clock } from '../ports'
import { defaultSettingsDocument, settingsDocumentSchema, type SettingsDocument } from './settings-document'

export interface LoadedSettings {
  document: SettingsDocument
  /** Plain-words account of a repair, for staff diagnostics; absent when the file was fine. */
  recovery?: string
  /** True when the file on disk differs from `document` and should be rewritten. */
  needsWrite: boolean
}

/**
 * Reads the settings file without trusting it. Unreadable JSON is moved aside and defaults load;
 * fields that fail the schema fall back to their defaults one by one, after a backup copy is kept,
 * so one bad value never costs the PINs or the rest of the configuration.
 */
export function loadSettingsFile(path: string, clock: Clock): LoadedSettings {
  if (!existsSync(path)) return { document: defaultSettingsDocument(), needsWrite: true }

  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    const movedTo = asideName(path, clock, 'corrupt')
    renameSync(path, movedTo)
    return {
      document: defaultSettingsDocument(),
      recovery: `The settings file could not be read and was moved to ${movedTo}. Default settings were loaded; set the staff PINs again.`,
      needsWrite: true,
    }
  }

  const parsed = settingsDocumentSchema.safeParse(raw)
  if (parsed.success) return { document: parsed.data, needsWrite: false }

  const backup = asideName(path, clock, 'backup')
  copyFileSync(path, backup)
  const resetPaths = parsed.error.issues.map((issue) => issue.path.join('.') || '(whole file)')
  return {
    document: repairDocument(raw, parsed.error.issues),
    recovery: `Some settings were invalid and were reset to their defaults (${unique(resetPaths).join(', ')}). The original file was kept as ${backup}.`,
    needsWrite: true,
  }
}

/**
 * Drops each invalid value so its default applies. Where a value has no default of its own (a field
 * inside a visit type), the enclosing value goes instead, one level up at a time, so the damage
 * costs as little as possible and never the sections that were fine.
 */
function repairDocument(raw: unknown, issues: z.core.$ZodIssue[]): SettingsDocument {
  if (!isPlainObject(raw)) return defaultSettingsDocument()
  const copy: unknown = structuredClone(raw)
  let remaining = issues
  for (let climb = 0; climb < 8; climb += 1) {
    for (const issue of remaining) removePath(copy, issue.path.slice(0, Math.max(1, issue.path.length - climb)))
    const retried = settingsDocumentSchema.safeParse(copy)
    if (retried.success) return retried.data
    remaining = retried.error.issues
  }
  return defaultSettingsDocument()
}

function removePath(target: unknown, path: PropertyKey[]): void {
  if (path.length === 0) return
  let node: unknown = target
  for (const key of path.slice(0, -1)) {
    if (!isPlainObject(node)) return
    node = node[String(key)]
  }
  if (isPlainObject(node)) Reflect.deleteProperty(node, String(path.at(-1)))
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asideName(path: string, clock: Clock, label: string): string {
  const stamp = clock.now().toISOString().replaceAll(':', '-')
  return join(dirname(path), `${basename(path, '.json')}.${label}-${stamp}.json`)
}

const unique = (values: string[]): string[] => [...new Set(values)]
