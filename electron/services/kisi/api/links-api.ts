import { KisiCollection, parseAnswer } from '../kisi-answers'
import { KisiError } from '../kisi-error'
import type { KisiHttp } from '../kisi-http'
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

  return {
    groupLinks,
    findByName: (groupId: number, name: string) => findWhere(groupId, (link) => link.name === name),
    deleteGroupLink: remove,
    deleteGroupLinkIfPresent: removeIfPresent,
    deleteGroupLinksWhere: removeWhere,
    /**
     * Creates the visit's link so that exactly one exists afterwards. A create whose answer was lost
     * (network, timeout, 5xx) may still have made a link, and only the create answer carries its
     * secret; so any link with this name is deleted and the create is made again.
     */
    async createGroupLinkOnce(link: NewGroupLink, attempts = 3): Promise<KisiCreatedGroupLink> {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await create(link)
        } catch (error) {
          const answerLost = error instanceof KisiError && (error.status === null || error.status >= 500)
          if (!answerLost || error.code === 'cancelled' || attempt >= attempts) throw error
          await removeWhere(link.groupId, (orphan) => orphan.name === link.name)
        }
      }
    },
  }
}
