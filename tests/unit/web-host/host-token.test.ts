import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hostToken, hostTokenFileName } from '../../../electron/web-host/host-token'
import { useTempDirectory } from '../../fixtures/temp-directory'

describe('hostToken', () => {
  const tempDirectory = useTempDirectory()
  const modeOf = (directory: string): number => statSync(join(directory, hostTokenFileName)).mode & 0o777

  it('keeps the token across restarts, in a file only this user may read', () => {
    const directory = tempDirectory()
    const first = hostToken(directory, false)
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(modeOf(directory)).toBe(0o600)
    expect(hostToken(directory, false)).toBe(first)
  })

  it('makes a new token when asked, and the next start keeps that one', () => {
    const directory = tempDirectory()
    const first = hostToken(directory, false)
    const renewed = hostToken(directory, true)
    expect(renewed).not.toBe(first)
    expect(hostToken(directory, false)).toBe(renewed)
  })

  it('never writes a new token into a file others may read, even for a moment', () => {
    const directory = tempDirectory()
    hostToken(directory, false)
    chmodSync(join(directory, hostTokenFileName), 0o644)
    const inode = statSync(join(directory, hostTokenFileName)).ino
    hostToken(directory, true)
    // A new file, made private before the token went in, replaced the readable one.
    expect(statSync(join(directory, hostTokenFileName)).ino).not.toBe(inode)
    expect(modeOf(directory)).toBe(0o600)
    expect(readdirSync(directory)).toEqual([hostTokenFileName])
  })

  it('tightens a kept file that lost its mode, and replaces one that holds no token', () => {
    const directory = tempDirectory()
    const first = hostToken(directory, false)
    chmodSync(join(directory, hostTokenFileName), 0o644)
    expect(hostToken(directory, false)).toBe(first)
    expect(modeOf(directory)).toBe(0o600)
    writeFileSync(join(directory, hostTokenFileName), 'short')
    const replaced = hostToken(directory, false)
    expect(replaced).not.toBe('short')
    expect(readFileSync(join(directory, hostTokenFileName), 'utf8').trim()).toBe(replaced)
  })
})
