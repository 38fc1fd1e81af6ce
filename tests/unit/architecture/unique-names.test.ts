import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * A name should find one thing: two files or two exported names alike send a reader (and an
 * auto-import) to the wrong one.
 */
const projectRoot = join(import.meta.dirname, '../../..')
const productFolders = ['electron', 'shared', 'renderer/src']
/** Entry points and package files are named by convention, not by what they hold. */
const conventionalNames = new Set(['index.ts', 'main.ts', 'tsconfig.json', 'README.md', 'env.d.ts'])

function sourceFiles(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|vue)$/.test(entry.name))
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)))
}

function repeated(entries: [name: string, place: string][]): Record<string, string[]> {
  const places = new Map<string, string[]>()
  for (const [name, place] of entries) places.set(name, [...(places.get(name) ?? []), place])
  return Object.fromEntries([...places].filter(([, found]) => found.length > 1))
}

const files = productFolders.flatMap(sourceFiles)

describe('names in electron/, shared/ and renderer/', () => {
  it('no two source files share a name', () => {
    const named = files.filter((file) => !conventionalNames.has(basename(file))).map((file): [string, string] => [basename(file), file])
    expect(repeated(named)).toEqual({})
  })

  it('no two exported classes, functions, types or constants share a name', () => {
    const exported = files.flatMap((file) =>
      [...readFileSync(join(projectRoot, file), 'utf8').matchAll(/^export (?:declare )?(?:abstract |async )?(?:class|function|interface|type|const|enum) (\w+)/gm)].map(
        (match): [string, string] => [match[1] ?? '', file],
      ),
    )
    expect(exported.length).toBeGreaterThan(200)
    expect(repeated(exported)).toEqual({})
  })
})
