import { passSecretIn } from '@shared/domain/pass-address'
import { cutAtGrapheme } from '@shared/domain/person-name'
import { createHash } from 'node:crypto'
import type { EarlierCreates } from '../kisi/api/links-api'
import type { KisiConnection } from '../kisi/kisi-connection'
import type { KisiGroupLink } from '../kisi/kisi-schemas'
import type { SecretBox } from '../secrets/secret-box'
import type { SettingsRepository } from '../settings/settings-repository'
import { passCodePattern } from './pass-code'
import type { Visit } from './visit-model'

/** A link Kisi just made. Its secret is stored only sealed; the clear copy lives as long as this object. */
export interface IssuedLink {
  linkId: number
  secret: string
  sealedSecret: string
  secretHash: string
  /** A create before this one went unanswered: Kisi may still add a late copy, to be swept in a while. */
  lateCopyPossible: boolean
}

/** The marker of links made before pass codes: the visit's id, shown to the visitor as it was. */
const legacyMarker = /\[fd:([a-z0-9]+)\/(\d+)\]$/
/** ` · pass M2XA-K7QF`, with `.2`, `.3` … for the links an extension or a retry makes after the first. */
const passMarker = new RegExp(` · pass (${passCodePattern})(?:\\.(\\d+))?$`)

/** What a link's name says of the visit it was made for, or null for a link not made by a kiosk. */
export interface LinkNameParts {
  /** The visit's pass code, or for a link made before pass codes the visit's id. */
  key: string
  generation: number
  /** The name without the marker: `Ada Lovelace (Guest)`. */
  label: string
}

/**
 * Every link's name carries its visit's pass code and generation (`Ada Lovelace (Guest) · pass
 * M2XA-K7QF`), so a lost create can be found again, and links made by another kiosk can be
 * recognised. Kisi shows the name to the link's holder, so the marker is the code on their pass.
 * A visit stored before pass codes keeps the marker its links were made with.
 */
export function linkName(visit: Pick<Visit, 'id' | 'visitor' | 'visitTypeName' | 'passCode'>, generation: number): string {
  const label = `${cutAtGrapheme(visit.visitor.name, 80)} (${visit.visitTypeName})`
  if (visit.passCode === null) return `${label} [fd:${visit.id}/${generation}]`
  return `${label} · pass ${visit.passCode}${generation > 1 ? `.${generation}` : ''}`
}

export function parseLinkName(name: string): LinkNameParts | null {
  const match = passMarker.exec(name) ?? legacyMarker.exec(name)
  if (!match?.[1]) return null
  const generation = match[2] === undefined ? 1 : Number(match[2])
  return { key: match[1], generation, label: name.slice(0, match.index).trim() }
}

/** The key a visit's links carry in their names (see `parseLinkName`). */
export function linkKeyOf(visit: Pick<Visit, 'id' | 'passCode'>): string {
  return visit.passCode ?? visit.id
}

export function secretHashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** A visitor's access link in Kisi: issued from a visit, revoked at check-out, found by its marker. */
export class AccessLinks {
  readonly #connection: KisiConnection
  readonly #secretBox: SecretBox
  readonly #settings: SettingsRepository
  readonly #lookupBackoffMs: readonly number[] | undefined

  /** `lookupBackoffMs`: the waits between lookups for a late copy of an unanswered create; tests shorten them. */
  constructor(connection: KisiConnection, secretBox: SecretBox, settings: SettingsRepository, lookupBackoffMs?: readonly number[]) {
    this.#connection = connection
    this.#secretBox = secretBox
    this.#settings = settings
    this.#lookupBackoffMs = lookupBackoffMs
  }

  /**
   * `earlier: 'none'`: the first try right after check-in, when no link can exist yet: one Kisi
   * call. Any later try first removes what a lost or interrupted create of this generation may have
   * left (after an unanswered one, looking again with backoff), so exactly one link of it exists.
   * `onUnanswered` hears of each create that got no answer: Kisi may still carry it out.
   */
  async issue(visit: Visit, generation: number, validUntil: string, earlier: EarlierCreates, onUnanswered: () => void): Promise<IssuedLink> {
    const groupId = visit.accessGroupId
    if (groupId === null || visit.accessValidFrom === null) throw new Error(`Visit ${visit.id} has no door access to issue`)
    const link = { groupId, name: linkName(visit, generation), validFrom: visit.accessValidFrom, validUntil }
    const options = { attempts: earlier === 'none' ? 1 : 3, earlier, onUnanswered, ...(this.#lookupBackoffMs ? { lookupBackoffMs: this.#lookupBackoffMs } : {}) }
    const created = await this.#connection.use((client) => client.createGroupLinkOnce(link, options))
    const { id, secret } = created.link
    return { linkId: id, secret, sealedSecret: await this.#secretBox.seal(secret), secretHash: secretHashOf(secret), lateCopyPossible: created.lateCopyPossible }
  }

  /** Deletes the links of this generation other than the one recorded: late copies of unanswered creates. */
  async sweepCopies(visit: Visit, generation: number, keptLinkId: number | null): Promise<void> {
    const groupId = visit.accessGroupId
    if (groupId === null) return
    const name = linkName(visit, generation)
    await this.#connection.use((client) => client.deleteGroupLinksWhere(groupId, (link) => link.name === name && link.id !== keptLinkId))
  }

  /** Deletes one superseded link: by id, or by its exact name when the id never came back. */
  async revoke(visit: Visit, generation: number, linkId: number | null): Promise<void> {
    await this.#connection.use(async (client) => {
      if (linkId !== null) await client.deleteGroupLinkIfPresent(linkId)
      else if (visit.accessGroupId !== null) await client.deleteGroupLinksWhere(visit.accessGroupId, (link) => link.name === linkName(visit, generation))
    })
  }

  /** Deletes every link of the visit, of any generation: check-out must leave none behind. */
  async revokeAll(visit: Visit, linkId: number | null): Promise<void> {
    await this.#connection.use(async (client) => {
      if (linkId !== null) await client.deleteGroupLinkIfPresent(linkId)
      if (visit.accessGroupId !== null) await client.deleteGroupLinksWhere(visit.accessGroupId, (link) => parseLinkName(link.name)?.key === linkKeyOf(visit))
    })
  }

  /** Deletes one link found stray by reconciliation. */
  async remove(linkId: number): Promise<void> {
    await this.#connection.use((client) => client.deleteGroupLinkIfPresent(linkId))
  }

  /** The web address of a link whose secret is only stored sealed. */
  async passUrl(sealedSecret: string): Promise<string> {
    const { plainText } = await this.#secretBox.open(sealedSecret)
    return this.passUrlOf(plainText)
  }

  passUrlOf(secret: string): string {
    return `${this.#settings.get().kisi.accessLinkBaseUrl}${secret}`
  }

  /** The secret inside a scanned pass (the link's web address), or null if it is not one of ours. */
  secretFromPassUrl(scanned: string): string | null {
    return passSecretIn(scanned, this.#settings.get().kisi.accessLinkBaseUrl)
  }

  /** Every link in the group that carries a kiosk marker, for reconciling with other kiosks and the dashboard. */
  async markedLinks(groupId: number): Promise<KisiGroupLink[]> {
    return this.#connection.use(async (client) => (await client.groupLinks.collect({ groupId })).filter((link) => parseLinkName(link.name) !== null))
  }
}
