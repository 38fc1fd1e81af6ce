import { contextBridge, ipcRenderer } from 'electron'
import { createPreloadApi } from './preload-api'

contextBridge.exposeInMainWorld('kiosk', createPreloadApi(ipcRenderer))
