import Conf from 'conf'
import { settingsFileName, type SettingsBackend } from './settings-repository'
import type { SettingsDocument } from './settings-document'

/**
 * conf is the library electron-store wraps, so the browser host and tests write the same file
 * format, atomically, without importing Electron.
 */
export function createConfSettingsBackend(directory: string): SettingsBackend {
  const store = new Conf<SettingsDocument>({
    cwd: directory,
    configName: settingsFileName.replace(/\.json$/, ''),
    projectName: 'frontdesk',
    clearInvalidConfig: false,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
  })
  return {
    path: store.path,
    save: (document) => {
      store.store = document
    },
  }
}
