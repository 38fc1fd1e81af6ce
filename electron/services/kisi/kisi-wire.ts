/**
 * Kisi's JSON is snake_case; ours is camelCase. Keys are converted here, at the boundary, and
 * nowhere else. `metadata` objects hold the customer's own keys, so their contents pass untouched.
 */
const keepsOwnKeys = new Set(['metadata'])

export function camelizeKeys(value: unknown): unknown {
  return convertKeys(value, snakeToCamel)
}

export function snakeizeKeys(value: unknown): unknown {
  return convertKeys(value, camelToSnake)
}

function convertKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => convertKeys(item, rename))
  if (!isPlainObject(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [rename(key), keepsOwnKeys.has(key) ? item : convertKeys(item, rename)]),
  )
}

export function snakeToCamel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())
}

export function camelToSnake(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}
