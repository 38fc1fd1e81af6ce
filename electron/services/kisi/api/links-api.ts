import { KisiCollection, parseAnswer } from '../kisi-answers'
import { isUnansweredWrite, KisiError } from '../kisi-error'
import type { KisiHttp } from '../kisi-http'
import { sleep } from '../rate-limiter'
import { kisiCreatedGroupLinkSchema, kisiGroupLinkSchema, type KisiCreatedGroupLink, type KisiGroupLink } from '../kisi-schemas'

export interface NewGroupLink {
  groupId: number
  /** Must be unique to the visit: it is how a lost create is found again. */
  name: string
  email?: string
  validFrom: string
  validUntil: string
  quickResponseCodeType?: 'online' | 'offline'
}

/**
 * What an earlier try of a link may have left in Kisi: nothing (the first try), possibly a copy
 * (removed once before creating), or a create that went unanswered, which Kisi may still carry out
 * after the client gave up on it (looked for with backoff before creating again).
 */
export type EarlierCreates = 'none' | 'possible-copy' | 'unanswered'

export interface CreateOnceOptions {
  /** Creates to send in all, each further one after an answer was lost. Default 3. */
  attempts?: number
  earlier?: EarlierCreates
  /** Waits between the lookups by name after an unanswered create. Default 1 s, 2 s, 4 s. */
  lookupBackoffMs?: readonly number[]
  /** Told of each create that went unanswered, also the last one, before its error is thrown. */
  onUnanswered?: () => void
}

export interface CreatedOnce {
  link: KisiCreatedGroupLink
  /**
   * A create before this one went unanswered, so its copy may still appear later than every lookup:
   * the caller should look for it again in a while.
   */
  lateCopyPossible: boolean
}

const defaultLookupBackoffMs = [1_000, 2_000, 4_000]

/** Access links (Kisi "group links"): a visitor's time-limited key, as a web link and QR code. */
export function linksApi(http: KisiHttp) {
  const groupLinks = new KisiCollection<KisiGroupLink, { groupId?: number; ids?: string }>(
    http,
    '/group_links',
    kisiGroupLinkSchema,
    250,
  )

  async function create(link: NewGroupLink): Promise<KisiCreatedGroupLink> {
    const response = await http.request({ method: 'POST', path: '/group_links', body: { groupLink: link } })
    return parseAnswer(kisiCreatedGroupLinkSchema, response.data)
  }

  /**
   * Links are listed by group and matched exactly here: Kisi's free-text `query` is not documented
   * well enough to trust with names that carry our bracketed visit marker.
   */
  async function findWhere(groupId: number, matches: (link: KisiGroupLink) => boolean): Promise<KisiGroupLink[]> {
    return (await groupLinks.collect({ groupId })).filter(matches)
  }

  async function remove(id: number): Promise<void> {
    await http.request({ method: 'DELETE', path: `/group_links/${id}` })
  }

  /** A link that is already gone (deleted by a retried DELETE, or in the dashboard) is what we wanted. */
  async function removeIfPresent(id: number): Promise<void> {
    await remove(id).catch((error: unknown) => {
      if (!(error instanceof KisiError && error.status === 404)) throw error
    })
  }

  async function removeWhere(groupId: number, matches: (link: KisiGroupLink) => boolean): Promise<void> {
    for (const link of await findWhere(groupId, matches)) await removeIfPresent(link.id)
  }

  /** Removes the links now, and again after each wait: one lookup cannot see a create Kisi carries out late. */
  async function removeLateCopies(groupId: number, matches: (link: KisiGroupLink) => boolean, backoffMs: readonly number[]): Promise<void> {
    await removeWhere(groupId, matches)
    for (const wait of backoffMs) {
      await sleep(wait)
      await removeWhere(groupId, matches)
    }
  }

  return {
    groupLinks,
    findByName: (groupId: number, name: string) => findWhere(groupId, (link) => link.name === name),
    deleteGroupLink: remove,
    deleteGroupLinkIfPresent: removeIfPresent,
    deleteGroupLinksWhere: removeWhere,
    /**
     * Creates the visit's link so that exactly one exists afterwards, as far as Kisi lets us know. A
     * create whose answer was lost (network, timeout, 5xx) may still have made a link, and only the
     * create answer carries its secret; so any link with this name is deleted and the create is
     * made again. After a create that got no answer at all, Kisi may carry it out late: the link
     * is looked for again with backoff first.
     */
    async createGroupLinkOnce(link: NewGroupLink, options: CreateOnceOptions = {}): Promise<CreatedOnce> {
      const { attempts = 3, lookupBackoffMs = defaultLookupBackoffMs } = options
      const sameName = (orphan: KisiGroupLink): boolean => orphan.name === link.name
      let earlier = options.earlier ?? 'none'
      for (let attempt = 1; ; attempt += 1) {
        if (earlier === 'unanswered') await removeLateCopies(link.groupId, sameName, lookupBackoffMs)
        if (earlier === 'possible-copy') await removeWhere(link.groupId, sameName)
        try {
          return { link: await create(link), lateCopyPossible: earlier === 'unanswered' }
        } catch (error) {
          const unanswered = isUnansweredWrite(error)
          if (unanswered) options.onUnanswered?.()
          const answerLost = error instanceof KisiError && (error.status === null || error.status >= 500)
          if (!answerLost || error.code === 'cancelled' || attempt >= attempts) throw error
          // Once a create went unanswered, every later one waits for its late copy too.
          if (unanswered) earlier = 'unanswered'
          else if (earlier !== 'unanswered') earlier = 'possible-copy'
        }
      }
    },
  }
}
