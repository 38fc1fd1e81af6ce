import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { migrations } from '../../../electron/services/database/migrations'
import { SqliteDatabase } from '../../../electron/services/database/sqlite-database'
import type { KisiConnection } from '../../../electron/services/kisi/kisi-connection'
import { silentLogger } from '../../../electron/services/ports'
import type { SecretBox } from '../../../electron/services/secrets/secret-box'
import { secretHashOf, type AccessLinks, type IssuedLink } from '../../../electron/services/visits/access-links'
import { LinkJobs } from '../../../electron/services/visits/link-jobs'
import { createVisitServices } from '../../../electron/services/visits/visit-services'
import { passOf } from '../../../electron/services/visits/visitor-pass'
import { memorySettings } from '../../fixtures/memory-settings'
import { sampleVisit } from '../../fixtures/sample-visit'
import { useTempDirectory } from '../../fixtures/temp-directory'
import { TestClock } from '../../fixtures/test-clock'

const baseUrl = 'https://web.kisi.io/grouplinks/'
const secret = 'Fresh_0123456789'

/** A see-through secret box that counts how often a sealed secret is opened. */
function countingSecretBox() {
  const opened: string[] = []
  const secretBox: SecretBox = {
    protection: 'key-file',
    seal: async (plainText) => `sealed:${plainText}`,
    open: async (sealed) => {
      opened.push(sealed)
      return { plainText: sealed.slice('sealed:'.length), needsReseal: false }
    },
  }
  return { secretBox, opened }
}

describe('the pass of a fresh check-in', () => {
  const tempDirectory = useTempDirectory()

  /** The real visit services on a real database; Kisi makes every link with the same secret at once. */
  function kiosk() {
    const database = SqliteDatabase.open(join(tempDirectory(), 'kiosk.db'), migrations)
    const { repository: settings } = memorySettings()
    settings.update((draft) => {
      draft.visitPolicies.visitTypes = draft.visitPolicies.visitTypes.map((type) => ({
        ...type,
        checkInDays: [1, 2, 3, 4, 5, 6, 7],
        checkInFrom: '00:00',
        checkInUntil: '23:59',
        access: { groupId: 42, groupName: 'Visitors', doorNames: ['Main Entrance'], readerRestricted: false },
      }))
    })
    const client = { createGroupLinkOnce: vi.fn(async () => ({ link: { id: 7001, secret }, lateCopyPossible: false })), deleteGroupLinksWhere: vi.fn(async () => 0) }
    const connection = { state: 'connected', use: (work: (kisi: typeof client) => Promise<unknown>) => work(client) } as unknown as KisiConnection
    const { secretBox, opened } = countingSecretBox()
    const services = createVisitServices({
      database,
      settings,
      secretBox,
      connection,
      jobs: new LinkJobs(database),
      clock: new TestClock(),
      logger: silentLogger,
      audit: { record: () => undefined },
      changed: () => undefined,
      visitIdPrefix: '',
      kioskTag: 'TEST',
      madeByLostDatabase: () => false,
    })
    return { ...services, opened }
  }

  it('shows the link Kisi just made without opening its sealed copy, and stores that copy for later', async () => {
    const { visitorDesk, receptionDesk, repository, opened } = kiosk()
    const outcome = await visitorDesk.checkIn('guest', { name: 'Ada Lovelace', host: 'Charles Babbage' }, 1)
    if (outcome.outcome !== 'pass') throw new Error(`expected a pass, got ${outcome.outcome}`)
    expect(outcome.pass).toMatchObject({ visitorName: 'Ada Lovelace', visitTypeName: 'Guest', linkUrl: `${baseUrl}${secret}`, doorNames: ['Main Entrance'] })
    expect(opened).toEqual([])

    expect(repository.require(outcome.pass.visitId)).toMatchObject({ accessState: 'issued', linkId: 7001, sealedLinkSecret: `sealed:${secret}`, linkSecretHash: secretHashOf(secret) })
    expect((await receptionDesk.pass(outcome.pass.visitId)).linkUrl).toBe(`${baseUrl}${secret}`)
    expect(opened).toEqual([`sealed:${secret}`])
  })
})

describe('passOf', () => {
  const links = { passUrl: vi.fn(async (sealed: string) => `${baseUrl}${sealed.slice('sealed:'.length)}`), passUrlOf: (clear: string) => `${baseUrl}${clear}` }
  const fresh: IssuedLink = { linkId: 7001, secret, sealedSecret: `sealed:${secret}`, secretHash: secretHashOf(secret), lateCopyPossible: false }
  const issued = sampleVisit({ linkId: 7001, sealedLinkSecret: `sealed:${secret}`, linkSecretHash: secretHashOf(secret) })

  it('opens the sealed copy when the fresh link is no longer the visit’s link', async () => {
    const replaced = { ...issued, linkId: 7002, sealedLinkSecret: 'sealed:Newer_0123456789', linkSecretHash: secretHashOf('Newer_0123456789') }
    expect((await passOf(replaced, links as unknown as AccessLinks, fresh))?.linkUrl).toBe(`${baseUrl}Newer_0123456789`)
    expect(links.passUrl).toHaveBeenCalledWith('sealed:Newer_0123456789')
  })

  it('gives no pass while the visit has no live link, however fresh the link at hand', async () => {
    expect(await passOf({ ...issued, accessState: 'revoked' }, links as unknown as AccessLinks, fresh)).toBeNull()
    expect(await passOf({ ...issued, accessState: 'pending' }, links as unknown as AccessLinks, fresh)).toBeNull()
  })
})
