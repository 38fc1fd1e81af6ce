/** An access right is named by its group: "Meeting rooms (2044)". */
export type NamedThing = 'door' | 'user' | 'place' | 'access right'

/**
 * The names of Kisi doors, people and places as the console last read them, so the audit trail says
 * "unlock door Front door (1009)" rather than an id. Staff always pick what they act on from a
 * list the kiosk just read, so the name is the one they saw; the record keeps it even if it later
 * changes in Kisi. Only ids the kiosk never read stay bare.
 */
export class AuditNames {
  readonly #names = new Map<string, string>()

  remember(thing: NamedThing, items: readonly { id: number; name: string }[]): void {
    for (const { id, name } of items) this.#names.set(`${thing}:${id}`, name)
  }

  /** `Front door (1009)`, or `1009` for an id the kiosk never read. */
  say(thing: NamedThing, id: number): string {
    const name = this.#names.get(`${thing}:${id}`)
    return name ? `${name} (${id})` : String(id)
  }
}
