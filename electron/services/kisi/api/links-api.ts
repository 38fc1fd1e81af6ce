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
  const groupLinks = new KisiCollection<KisiGroupLink, { groupId?: number; query?: string; ids?: string }>(
    http,
    '/group_links',
    kisiGroupLinkSchema,
    250,
  )

  async function create(link: NewGroupLink): Promise<KisiCreatedGroupLink> {
    const response = await http.request({ method: 'POST', path: '/group_links', body: { groupLink: link } })
    return parseAnswer(kisiCreatedGroupLinkSchema, response.data)
  }

  async function findByName(groupId: number, name: string): Promise<KisiGroupLink[]> {
    return (await groupLinks.collect({ groupId, query: name })).filter((link) => link.name === name)
  }

  async function remove(id: number): Promise<void> {
    await http.request({ method: 'DELETE', path: `/group_links/${id}` })
  }

  return {
    groupLinks,
    findByName,
    deleteGroupLink: remove,
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
          for (const orphan of await findByName(link.groupId, link.name)) await remove(orphan.id)
        }
      }
    },
  }
}
