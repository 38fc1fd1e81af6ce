import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KisiStatus } from '@shared/ipc/kisi-calls'
import type { CheckInOutcome, StaffVisit } from '@shared/schemas/visit'
import { SecretBoxError, type SecretBox } from '../../electron/services/secrets/secret-box'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', host: 'Charles Babbage' }
const grace = { name: 'Grace Hopper', host: 'Charles Babbage' }

async function eventually(done: () => Promise<boolean> | boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now()
  while (!(await done())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Not done within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('the outbox: check-ins wait for Kisi, and each visit ends with exactly one link', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
  })
  afterEach(() => kiosk.stop())

  const visitOf = async (name: string) => (await kiosk.asReception<StaffVisit[]>('visits.today')).find((visit) => visit.visitor.name === name)!
  const checkIn = (visitor: typeof ada) => kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor, agreementVersion: 1 })
  const laterTurn = async (milliseconds: number) => {
    kiosk.clock.advance(milliseconds)
    kiosk.sandbox.faults.set({ clockSkewMs: kiosk.clock.now().getTime() - Date.now() })
    await kiosk.services.visits.background.runDueJobs()
  }
  const asManager = async <T>(name: string, payload: unknown = {}): Promise<T> => {
    kiosk.services.sessions.start('manager')
    try {
      return await kiosk.call<T>(name, payload)
    } finally {
      kiosk.services.sessions.end('locked')
    }
  }
  const pendingWrites = async () => (await asManager<KisiStatus>('kisi.status')).pendingWrites

  describe('while Kisi cannot be used', () => {
    it('a check-in while Kisi is disconnected waits, and gets its link as soon as Kisi is connected, without a staff retry', async () => {
      await asManager('kisi.disconnect')
      expect(await checkIn(ada)).toEqual({ outcome: 'access-pending', visitorName: 'Ada Lovelace', claim: expect.any(String) })
      const waiting = await visitOf('Ada Lovelace')
      expect(waiting.access).toMatchObject({ state: 'pending', problem: null })
      expect(await pendingWrites()).toBe(1)

      // The kiosk's clock stands still: only the connection coming back can start the write now.
      kiosk.services.visits.background.start()
      await asManager('kisi.connect', { apiKey: kiosk.sandbox.apiKey, baseUrl: kiosk.proxy.url, accessLinkBaseUrl: `${kiosk.sandbox.url}/grouplinks/` })
      await eventually(async () => (await visitOf('Ada Lovelace')).access.state === 'issued')
      expect(kiosk.linksNamedFor(waiting.id)).toHaveLength(1)
      expect(await pendingWrites()).toBe(0)
    })

    it('a check-in while the stored key cannot be opened waits, and gets its link once the key opens again', async () => {
      let keyOpens = true
      const lockable = (box: SecretBox): SecretBox => ({
        ...box,
        open: (sealed) => (keyOpens ? box.open(sealed) : Promise.reject(new SecretBoxError('The keychain is locked.'))),
      })
      await kiosk.stop()
      kiosk = await startVisitHarness(tempDirectory(), { wrapSecretBox: lockable })
      keyOpens = false
      await kiosk.restart()
      expect((await asManager<KisiStatus>('kisi.status')).state).toBe('key-invalid')

      expect(await checkIn(ada)).toEqual({ outcome: 'access-pending', visitorName: 'Ada Lovelace', claim: expect.any(String) })
      const waiting = await visitOf('Ada Lovelace')
      expect(waiting.access.state).toBe('pending')
      await laterTurn(60_000)
      expect((await visitOf('Ada Lovelace')).access.state).toBe('pending')

      keyOpens = true
      kiosk.services.visits.background.start()
      await eventually(async () => (await visitOf('Ada Lovelace')).access.state === 'issued')
      expect(kiosk.linksNamedFor(waiting.id)).toHaveLength(1)
      expect((await asManager<KisiStatus>('kisi.status')).state).toBe('connected')
    })

    it('a waiting check-in whose Kisi group was deleted meanwhile ends failed, saying why', async () => {
      kiosk.sandbox.faults.set({ errorRate: 1 })
      expect((await checkIn(ada)).outcome).toBe('access-pending')
      kiosk.sandbox.faults.set({ errorRate: 0 })
      const group = kiosk.sandbox.state.groups.find((candidate) => candidate.name === 'Visitors')!
      const deleted = await fetch(`${kiosk.sandbox.url}/groups/${group.id}`, { method: 'DELETE', headers: { authorization: `KISI-LOGIN ${kiosk.sandbox.apiKey}` } })
      expect(deleted.status).toBe(204)

      await laterTurn(6_000)
      expect((await visitOf('Ada Lovelace')).access).toMatchObject({
        state: 'failed',
        problem: { what: 'not-issued', reason: 'kisiGroupGone', params: { groupName: 'Visitors' } },
      })
      expect(await pendingWrites()).toBe(0)
      expect(await checkIn(grace)).toEqual({ outcome: 'see-reception', visitorName: 'Grace Hopper' })
    })
  })

  describe('a create Kisi carries out late', () => {
    it('is swept a minute after the outbox made the link again: exactly one link per visit', async () => {
      // Both first creates are closed unanswered at once and carried out only after the retries.
      kiosk.sandbox.faults.set({ lateCreates: 2, lateCreateDelayMs: 1_500 })
      expect((await checkIn(ada)).outcome).toBe('access-pending')
      expect((await checkIn(grace)).outcome).toBe('access-pending')
      await laterTurn(6_000)
      const visits = [await visitOf('Ada Lovelace'), await visitOf('Grace Hopper')]
      expect(visits.map((visit) => visit.access.state)).toEqual(['issued', 'issued'])

      await eventually(() => visits.every((visit) => kiosk.linksNamedFor(visit.id).length === 2))
      await laterTurn(30_000)
      expect(visits.map((visit) => kiosk.linksNamedFor(visit.id).length)).toEqual([2, 2])
      await laterTurn(31_000)
      for (const visit of visits) {
        const links = kiosk.linksNamedFor(visit.id)
        expect(links).toHaveLength(1)
        const pass = await kiosk.asReception<{ linkUrl: string }>('visits.pass', { visitId: visit.id })
        expect(pass.linkUrl).toBe(`${kiosk.sandbox.url}/grouplinks/${links[0]!.secret}`)
      }
      expect(await pendingWrites()).toBe(0)
    })

    it('is caught by the lookups with backoff before the link is made again, when it comes within them', async () => {
      await kiosk.stop()
      kiosk = await startVisitHarness(tempDirectory(), { linkLookupBackoffMs: [200, 400, 800] })
      kiosk.sandbox.faults.set({ lateCreates: 1, lateCreateDelayMs: 700 })
      const checkedIn = Date.now()
      expect((await checkIn(ada)).outcome).toBe('access-pending')
      await laterTurn(6_000)
      const visit = await visitOf('Ada Lovelace')
      expect(visit.access.state).toBe('issued')

      // Well after Kisi carried the late create out, and before any sweep: one link, the recorded one.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, checkedIn + 1_000 - Date.now())))
      const links = kiosk.linksNamedFor(visit.id)
      expect(links).toHaveLength(1)
      const pass = await kiosk.asReception<{ linkUrl: string }>('visits.pass', { visitId: visit.id })
      expect(pass.linkUrl).toBe(`${kiosk.sandbox.url}/grouplinks/${links[0]!.secret}`)
    })

    it('a link Kisi made but whose answer was lost is replaced by exactly one', async () => {
      kiosk.sandbox.faults.set({ lostAnswerRate: 1 })
      expect((await checkIn(ada)).outcome).toBe('access-pending')
      const visit = await visitOf('Ada Lovelace')
      expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)
      kiosk.sandbox.faults.set({ lostAnswerRate: 0 })

      await laterTurn(6_000)
      expect((await visitOf('Ada Lovelace')).access.state).toBe('issued')
      await laterTurn(61_000)
      expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)
    })
  })
})
