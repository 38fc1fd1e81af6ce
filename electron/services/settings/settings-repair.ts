import type { z } from 'zod'
import { defaultVisitPolicies } from '@shared/domain/default-visit-policies'
import { defaultSettingsDocument, settingsDocumentSchema, type SettingsDocument } from './settings-document'

/** One part of the settings file a repair put back to its default or left out, for the manager's notice. */
export type SettingsReset =
  | { part: 'setting'; path: string }
  /** A visit type left out for the invalid values named in `fields`. */
  | { part: 'visitType'; visitType: string; fields: string[] }
  | { part: 'visitTypeUnreadable'; visitType: string }
  | { part: 'visitTypeOverLimit'; visitType: string }
  | { part: 'denyListEntry'; value: string }
  /** A chosen badge reader left out, named by its label (or id). */
  | { part: 'hidReader'; reader: string }

type Path = readonly PropertyKey[]
type Issue = z.core.$ZodIssue

/**
 * Makes a damaged settings document valid again while dropping as little as possible. A field with a
 * default of its own goes back to that default (climbing to the enclosing value only when the field
 * has none). Inside the visitor policies nothing climbs past one entry: an invalid visit type is left
 * out on its own, an invalid deny-list entry on its own, so the other types, the deny list and every
 * other section stay exactly as they were.
 */
export function repairSettings(raw: Record<string, unknown>): { document: SettingsDocument; resets: SettingsReset[] } {
  const copy = structuredClone(raw)
  const repair = new Repair(copy)
  // Each round removes what the last parse found; a later round sees checks that only run once the
  // parts they compare are valid (such as unique visit type ids).
  for (let round = 0; round < 12; round += 1) {
    const parsed = settingsDocumentSchema.safeParse(copy)
    if (parsed.success) return { document: parsed.data, resets: repair.resets }
    for (const issue of parsed.error.issues) repair.fix(issue)
    repair.dropMarkedEntries()
  }
  return { document: defaultSettingsDocument(), resets: Object.keys(defaultSettingsDocument()).map((path) => ({ part: 'setting', path })) }
}

class Repair {
  readonly resets: SettingsReset[] = []
  readonly #root: Record<string, unknown>
  readonly #removed = new Set<string>()
  readonly #marked = new Map<unknown[], Map<number, SettingsReset>>()
  readonly #limits: { list: unknown[]; maximum: number; reset: (label: string) => SettingsReset }[] = []

  constructor(root: Record<string, unknown>) {
    this.#root = root
  }

  fix(issue: Issue): void {
    const [section, part] = issue.path
    if (section === 'visitPolicies' && part === 'visitTypes') this.#fixVisitTypes(issue)
    else if (section === 'visitPolicies' && part === 'denyList') this.#fixDenyList(issue)
    else if (section === 'hidReaders') this.#fixEntryList(issue, 1, (reader) => ({ part: 'hidReader', reader }), (entry) => (isPlainObject(entry) ? entry['id'] : undefined))
    else this.#resetToDefault(issue.path)
  }

  /**
   * Entries are removed after every issue of a round is seen, so the indices the issues point at
   * stay right; then a list over its limit loses the entries past it.
   */
  dropMarkedEntries(): void {
    for (const [list, indices] of this.#marked) {
      for (const index of [...indices.keys()].sort((a, b) => b - a)) list.splice(index, 1)
    }
    this.#marked.clear()
    for (const { list, maximum, reset } of this.#limits.splice(0)) {
      list.slice(maximum).forEach((entry, offset) => this.resets.push(reset(labelOf(entry, maximum + offset))))
      list.splice(maximum)
    }
  }

  #fixVisitTypes(issue: Issue): void {
    const path = issue.path.slice(0, 2)
    const types = valueAt(this.#root, path)
    if (!Array.isArray(types)) {
      this.#replace(path, structuredClone(defaultVisitPolicies.visitTypes))
      return
    }
    const [index, ...field] = issue.path.slice(2)
    if (typeof index === 'number' && field.length === 0) this.#leaveOut(types, index, (visitType) => ({ part: 'visitTypeUnreadable', visitType }))
    else if (typeof index === 'number') this.#leaveOutType(types, index, field.join('.'), issue.code === 'custom')
    else if (issue.code === 'too_big') this.#limits.push({ list: types, maximum: Number(issue.maximum), reset: (visitType) => ({ part: 'visitTypeOverLimit', visitType }) })
    else for (const repeat of repeatsIn(types, (type) => (isPlainObject(type) ? type['id'] : undefined))) this.#leaveOutType(types, repeat, 'id', false)
  }

  /**
   * A check across fields (opens before it closes) also runs when one of them is already invalid;
   * it names a field only when nothing else was wrong with the type, so the notice names the cause.
   */
  #leaveOutType(types: unknown[], index: number, field: string, acrossFields: boolean): void {
    const reset = this.#leaveOut(types, index, (visitType) => ({ part: 'visitType', visitType, fields: [] }))
    if (reset.part !== 'visitType' || reset.fields.includes(field) || (acrossFields && reset.fields.length > 0)) return
    reset.fields.push(field)
  }

  #fixDenyList(issue: Issue): void {
    if (!isPlainObject(valueAt(this.#root, issue.path.slice(0, 2)))) this.#replace(issue.path.slice(0, 2), { names: [], emails: [] })
    else this.#fixEntryList(issue, 3, (value) => ({ part: 'denyListEntry', value }), (value) => value)
  }

  /**
   * A list whose entries stand alone (deny-list entries, chosen readers): an invalid entry is left
   * out on its own, then repeats and entries past the limit; only a list that is no list is emptied.
   */
  #fixEntryList(issue: Issue, depth: number, reset: (label: string) => SettingsReset, identity: (entry: unknown) => unknown): void {
    const listPath = issue.path.slice(0, depth)
    const list = valueAt(this.#root, listPath)
    const [index] = issue.path.slice(depth)
    if (!Array.isArray(list)) this.#replace(listPath, [])
    else if (typeof index === 'number') this.#leaveOut(list, index, reset)
    else if (issue.code === 'too_big') this.#limits.push({ list, maximum: Number(issue.maximum), reset })
    else for (const repeat of repeatsIn(list, identity)) this.#leaveOut(list, repeat, reset)
  }

  /**
   * Marks one entry of a list to be left out at the end of the round and records why, once per
   * entry however many of its values failed; answers that record.
   */
  #leaveOut(list: unknown[], index: number, reset: (label: string) => SettingsReset): SettingsReset {
    const marked = this.#marked.get(list) ?? new Map<number, SettingsReset>()
    this.#marked.set(list, marked)
    const known = marked.get(index)
    if (known) return known
    const created = reset(labelOf(list[index], index))
    marked.set(index, created)
    this.resets.push(created)
    return created
  }

  #replace(path: Path, value: unknown): void {
    const parent = valueAt(this.#root, path.slice(0, -1))
    if (isPlainObject(parent)) parent[String(path.at(-1))] = value
    this.#record(path)
  }

  /**
   * Deletes the value so the schema's default applies. When it has no default the same path fails
   * again in the next round, and then the enclosing value goes instead.
   */
  #resetToDefault(issuePath: Path): void {
    let path = issuePath.length > 0 ? issuePath : ['formatVersion']
    while (path.length > 1 && this.#removed.has(keyOf(path))) path = path.slice(0, -1)
    const parent = valueAt(this.#root, path.slice(0, -1))
    if (isPlainObject(parent)) Reflect.deleteProperty(parent, String(path.at(-1)))
    this.#record(path)
  }

  #record(path: Path): void {
    const key = keyOf(path)
    this.#removed.add(key)
    // A value reset one level up covers what was reset inside it before.
    const covered = (entry: SettingsReset): boolean => entry.part === 'setting' && (entry.path === key || entry.path.startsWith(`${key}.`))
    const kept = this.resets.filter((entry) => !covered(entry))
    this.resets.splice(0, this.resets.length, ...kept, { part: 'setting', path: key })
  }
}

/** The entries that repeat an earlier one, by what makes an entry the same. */
function repeatsIn(list: unknown[], identity: (entry: unknown) => unknown): number[] {
  const seen = new Set<unknown>()
  return list.flatMap((entry, index) => {
    const id = identity(entry)
    if (seen.has(id)) return [index]
    seen.add(id)
    return []
  })
}

/** How the notice names an entry: a visit type by its name (or id), a reader by its label, a deny-list entry by its text. */
function labelOf(entry: unknown, index: number): string {
  const named = isPlainObject(entry) ? (textOf(entry['name']) ?? textOf(entry['label']) ?? textOf(entry['id'])) : textOf(entry)
  return named ?? `#${index + 1}`
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : undefined)

const keyOf = (path: Path): string => path.map(String).join('.')
