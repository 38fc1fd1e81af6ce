import { join } from 'node:path'
import type { Clock } from '../ports'
import { loadSettingsFile } from './load-settings-file'
import { settingsDocumentSchema, type SettingsDocument } from './settings-document'

/** Where the validated document is persisted: electron-store in Electron, conf elsewhere. */
export interface SettingsBackend {
  readonly path: string
  save(document: SettingsDocument): void
}

export const settingsFileName = 'settings.json'

type Listener = (document: SettingsDocument, previous: SettingsDocument) => void

/** The only reader and writer of the settings file. Every write is validated before it lands. */
export class SettingsRepository {
  readonly #backend: SettingsBackend
  #document: SettingsDocument
  readonly #listeners = new Set<Listener>()

  constructor(backend: SettingsBackend, document: SettingsDocument) {
    this.#backend = backend
    this.#document = document
  }

  get(): SettingsDocument {
    return structuredClone(this.#document)
  }

  update(change: (draft: SettingsDocument) => void): SettingsDocument {
    const draft = this.get()
    change(draft)
    const next = settingsDocumentSchema.parse(draft)
    this.#backend.save(next)
    const previous = this.#document
    this.#document = next
    for (const listener of this.#listeners) listener(this.get(), previous)
    return this.get()
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}

export interface OpenedSettings {
  repository: SettingsRepository
  recovery: string | undefined
}

export function openSettings(
  directory: string,
  createBackend: (directory: string) => SettingsBackend,
  clock: Clock,
): OpenedSettings {
  const loaded = loadSettingsFile(join(directory, settingsFileName), clock)
  const backend = createBackend(directory)
  if (loaded.needsWrite) backend.save(loaded.document)
  return { repository: new SettingsRepository(backend, loaded.document), recovery: loaded.recovery }
}
