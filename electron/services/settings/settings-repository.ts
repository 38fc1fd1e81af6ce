import { join } from 'node:path'
import type { Clock } from '../ports'
import { keepOriginalSettings, readSettingsFile, type SettingsRead } from './load-settings-file'
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
  /** The file as it was found, with what a repair reset. */
  read: SettingsRead
  /** Where the original of a damaged file was kept, if it was. */
  keptAs: string | null
}

/** Opens the settings, keeping a damaged original and writing the repaired or default document. */
export function openSettings(
  directory: string,
  createBackend: (directory: string) => SettingsBackend,
  clock: Clock,
  read: SettingsRead = readSettingsFile(settingsPathIn(directory)),
): OpenedSettings {
  const keptAs = keepOriginalSettings(settingsPathIn(directory), read, clock)
  const backend = createBackend(directory)
  if (read.state !== 'intact') backend.save(read.document)
  return { repository: new SettingsRepository(backend, read.document), read, keptAs }
}

export const settingsPathIn = (directory: string): string => join(directory, settingsFileName)
