/**
 * Seals secrets (the Kisi API key) before they touch the settings file. Only main holds a box;
 * nothing sealed or opened ever crosses to the renderer.
 */
export interface SecretBox {
  /** `os-keychain`: Electron safeStorage with a real OS store. `key-file`: AES key in the data dir. */
  readonly protection: 'os-keychain' | 'key-file'
  seal(plainText: string): Promise<string>
  open(sealed: string): Promise<OpenedSecret>
}

export interface OpenedSecret {
  plainText: string
  /** The OS rotated its key: seal the value again and store the new form. */
  needsReseal: boolean
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SecretBoxError'
  }
}

/** Sealed values carry their box's tag so a value sealed by another box is refused, not garbled. */
export function splitSealed(sealed: string, tag: string): Buffer {
  const prefix = `${tag}:`
  if (!sealed.startsWith(prefix)) {
    throw new SecretBoxError('This secret was stored by a different protection mode; enter it again.')
  }
  return Buffer.from(sealed.slice(prefix.length), 'base64')
}
