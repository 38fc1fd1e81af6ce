/** Fields whose values never go into the trail, only that they changed. */
const secretField = /secret|password|apikey|token|webhook|pin(hash)?$/i
/** Long values (an agreement's text) are cut: the trail says what changed, not every word. */
const longestValue = 60

/**
 * What changed between two versions of a document (the kiosk settings, the visitor policies), as
 * `field: before -> after` parts joined by "; ". Lists of things with ids (visit types) are matched
 * by id and named by their name; lists of plain values (deny-list entries, weekdays) say what was
 * added and removed.
 */
export function describeChanges(before: unknown, after: unknown): string {
  const changes: string[] = []
  compare('', before, after, changes)
  return changes.length > 0 ? changes.join('; ') : 'nothing changed'
}

function compare(path: string, before: unknown, after: unknown, changes: string[]): void {
  if (same(before, after)) return
  const field = path.slice(path.lastIndexOf('.') + 1)
  if (secretField.test(field)) {
    changes.push(`${path}: changed`)
  } else if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) compare(joined(path, key), before[key], after[key], changes)
  } else if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].every(hasId)) {
    compareById(path, before as Identified[], after as Identified[], changes)
  } else if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].every((item) => !isRecord(item))) {
    const added = after.filter((item) => !before.some((old) => same(old, item)))
    const removed = before.filter((item) => !after.some((now) => same(now, item)))
    if (added.length > 0) changes.push(`${path}: added ${added.map(show).join(', ')}`)
    if (removed.length > 0) changes.push(`${path}: removed ${removed.map(show).join(', ')}`)
  } else {
    changes.push(`${path}: ${show(before)} -> ${show(after)}`)
  }
}

interface Identified {
  id: unknown
  name?: unknown
}

function compareById(path: string, before: Identified[], after: Identified[], changes: string[]): void {
  const label = (item: Identified): string => `${path}[${typeof item.name === 'string' ? item.name : String(item.id)}]`
  for (const old of before) {
    const now = after.find((item) => item.id === old.id)
    if (now) compare(label(now), old, now, changes)
    else changes.push(`${label(old)}: removed`)
  }
  for (const now of after) if (!before.some((old) => old.id === now.id)) changes.push(`${label(now)}: added`)
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'none'
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
  return text.length > longestValue ? `${text.slice(0, longestValue - 1)}…` : text
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function joined(path: string, key: string): string {
  return path ? `${path}.${key}` : key
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function hasId(value: unknown): value is Identified {
  return isRecord(value) && 'id' in value
}
