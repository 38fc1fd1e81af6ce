import { ipcMain } from 'electron'
import ElectronStore from 'electron-store'
import type { SettingsDocument } from '../services/settings/settings-document'
import { settingsFileName, type SettingsBackend } from '../services/settings/settings-repository'

/** electron-store in the Electron app; the same file format as the conf backend the browser host uses. */
export function createElectronSettingsBackend(directory: string): SettingsBackend {
  const store = new ElectronStore<SettingsDocument>({
    cwd: directory,
    name: settingsFileName.replace(/\.json$/, ''),
    clearInvalidConfig: false,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
  })
  // electron-store answers this channel for its renderer API without checking the sender. The
  // renderer never reads settings that way, so the listener is removed rather than left open.
  ipcMain.removeAllListeners('electron-store-get-data')
  return {
    path: store.path,
    save: (document) => {
      store.store = document
    },
  }
}
