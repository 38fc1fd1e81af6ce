import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../../electron/launch/electron-binary'
import { useTempDirectory } from '../../fixtures/temp-directory'

describe('findElectronBinary', () => {
  const tempDirectory = useTempDirectory()

  it('uses ELECTRON_OVERRIDE_DIST_PATH when it holds the executable', () => {
    const directory = tempDirectory()
    writeFileSync(join(directory, 'electron'), '')
    chmodSync(join(directory, 'electron'), 0o755)
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: directory }, 'linux')).toEqual({ found: true, path: join(directory, 'electron') })
  })

  it('names the platform executable inside the override', () => {
    const directory = tempDirectory()
    mkdirSync(join(directory, 'Electron.app/Contents/MacOS'), { recursive: true })
    writeFileSync(join(directory, 'Electron.app/Contents/MacOS/Electron'), '')
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: directory }, 'darwin').found).toBe(true)
  })

  it('says why when the binary is missing, without loading the electron package', () => {
    const result = findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: join(tempDirectory(), 'nothing') }, 'linux')
    expect(result).toEqual({ found: false, reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH has no'), fetchable: false })
  })
})
