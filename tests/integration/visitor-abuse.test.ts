import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditPage } from '@shared/schemas/audit-trail'
import type { CheckInOutcome, CheckOutBurst, StaffVisit, VisitMatch } from '@shared/schemas/visit'
import { wrongInviteEmailsAllowed } from '../../electron/services/visits/invite-email-checks'
import { visitorBudgets } from '../../electron/services/visits/visitor-throttle'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

/** A script at the kiosk: it calls as fast as it can and reads every answer, refusals included. */
type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; reason?: string; params?: Record<string, unknown>; retryAt?: string } }

describe('the visitor side cannot be scripted', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
  })
  afterEach(() => kiosk.stop())

  const answer = <T>(name: string, payload: unknown) => kiosk.services.dispatch(name, payload) as Promise<Answer<T>>
  /** Moves the kiosk's clock and the sandbox's together, as time passing would. */
  const wait = (milliseconds: number) => {
    kiosk.clock.advance(milliseconds)
    kiosk.sandbox.faults.set({ clockSkewMs: kiosk.clock.now().getTime() - Date.now() })
  }
  const invite = (name: string) =>
    kiosk.asReception<StaffVisit>('visits.preRegister', {
      visitTypeId: 'guest',
      visitor: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, host: 'Charles Babbage' },
      expectedAt: kiosk.clock.now().toISOString(),
    })
  const visitorRows = async () => {
    kiosk.services.sessions.start('manager')
    try {
      return (await kiosk.call<AuditPage>('audit.list', { page: 0 })).entries.filter((entry) => entry.role === null)
    } finally {
      kiosk.services.sessions.end('locked')
    }
  }

  describe('invitation e-mail confirmation', () => {
    it('closes after five wrong addresses, even to the right one, also after a restart; the code still works', async () => {
      const grace = await invite('Grace Hopper')
      const confirm = (email: string) => answer<CheckInOutcome>('visits.checkInInvite', { visitId: grace.id, email, agreementVersion: 1 })

      const wrong = []
      for (let guess = 0; guess < wrongInviteEmailsAllowed; guess += 1) wrong.push((await confirm(`guess${guess}@example.com`)) as Answer<never>)
      expect(wrong.slice(0, -1).map((refused) => !refused.ok && [refused.error.reason, refused.error.params?.['count']])).toEqual([
        ['inviteEmailMismatch', 4],
        ['inviteEmailMismatch', 3],
        ['inviteEmailMismatch', 2],
        ['inviteEmailMismatch', 1],
      ])
      expect(wrong.at(-1)).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'inviteEmailAttemptsUsed' } })
      expect(await confirm('grace@example.com')).toMatchObject({ ok: false, error: { reason: 'inviteEmailAttemptsUsed' } })
      expect(kiosk.linksNamedFor(grace.id)).toEqual([])

      await kiosk.restart()
      expect(await confirm('grace@example.com')).toMatchObject({ ok: false, error: { reason: 'inviteEmailAttemptsUsed' } })
      expect(await kiosk.call('visits.inviteAgreement', { visitId: grace.id })).toMatchObject({ confirmWith: 'code' })
      expect(await kiosk.call('visits.checkInInvite', { inviteCode: grace.inviteCode, agreementVersion: 1 })).toMatchObject({ outcome: 'pass' })

      const rows = await visitorRows()
      expect(rows.filter((row) => row.action === 'confirm the invitation of Grace Hopper by e-mail at the kiosk' && row.outcome === 'refused')).toHaveLength(wrongInviteEmailsAllowed)
      expect(rows[0]?.detail).toContain('e-mail confirmation closed')
    })

    it('checks the address where it is typed (at Continue): a wrong one is refused there and counted once, the right one not at all', async () => {
      const grace = await invite('Grace Hopper')
      const atContinue = (email: string) => answer<{ confirmWith: string }>('visits.inviteAgreement', { visitId: grace.id, email })

      expect(await atContinue('adam@example.com')).toMatchObject({ ok: false, error: { reason: 'inviteEmailMismatch', params: { count: wrongInviteEmailsAllowed - 1 } } })
      expect(await atContinue(' GRACE@example.com ')).toMatchObject({ ok: true, value: { confirmWith: 'nothing' } })
      // After the agreement, check-in checks the right address again without counting it.
      expect(await answer('visits.checkInInvite', { visitId: grace.id, email: 'grace@example.com', agreementVersion: 1 })).toMatchObject({ ok: true, value: { outcome: 'pass' } })
      const refusals = (await visitorRows()).filter((row) => row.action === 'confirm the invitation of Grace Hopper by e-mail at the kiosk')
      expect(refusals.map((row) => row.detail)).toEqual([`wrong e-mail address 1 of ${wrongInviteEmailsAllowed}`])
    })

    it('gives no door pass after 500 quick wrong guesses and then the right one', async () => {
      const grace = await invite('Grace Hopper')
      const answers: Answer<CheckInOutcome>[] = []
      for (let guess = 0; guess < 500; guess += 1) answers.push(await answer('visits.checkInInvite', { visitId: grace.id, email: `g${guess}@example.com`, agreementVersion: 1 }))
      answers.push(await answer('visits.checkInInvite', { visitId: grace.id, email: 'grace@example.com', agreementVersion: 1 }))
      expect(answers.filter((reply) => reply.ok)).toEqual([])
      expect(answers.filter((reply) => !reply.ok && reply.error.reason === 'inviteEmailMismatch')).toHaveLength(wrongInviteEmailsAllowed - 1)
      expect(answers.filter((reply) => !reply.ok && reply.error.code === 'throttled').length).toBeGreaterThan(400)
      expect(kiosk.linksNamedFor(grace.id)).toEqual([])
    })

    it('limits wrong addresses for the whole kiosk per minute, across invitations', async () => {
      const invites = await Promise.all(['Ada One', 'Bea Two', 'Cy Three', 'Di Four', 'Ed Five'].map((name) => invite(name)))
      const replies: Answer<CheckInOutcome>[] = []
      // A patient script: one call every 2 s keeps within the invitation look-ups' own budget.
      for (const { id } of invites) {
        for (let guess = 0; guess < wrongInviteEmailsAllowed - 1; guess += 1) {
          replies.push(await answer('visits.checkInInvite', { visitId: id, email: `nobody${guess}@example.com`, agreementVersion: 1 }))
          wait(2_000)
        }
      }
      const checked = replies.findIndex((reply) => !reply.ok && reply.error.code === 'throttled')
      const { burst, refillEveryMs } = visitorBudgets.wrongInviteEmail
      expect(checked).toBeGreaterThanOrEqual(burst)
      expect(checked).toBeLessThanOrEqual(burst + Math.ceil((checked * 2_000) / refillEveryMs))
      const throttled = replies[checked]
      expect(throttled).toMatchObject({ ok: false, error: { reason: 'tooManyTries', retryAt: expect.any(String) } })
      expect((await visitorRows()).some((row) => row.action === 'pause visitor-side wrong invitation e-mail addresses at the kiosk')).toBe(true)
    })
  })

  describe('check-outs by name and searches', () => {
    const checkInMany = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: { name: `Visitor${index} Surname${index}`, host: 'Charles Babbage' }, agreementVersion: 1 })
        expect(outcome.outcome).toBe('pass')
      }
    }

    it('lets a script check out only a few of 30 by name, and shows reception who', async () => {
      await checkInMany(30)
      let checkedOut = 0
      const refusals: string[] = []
      for (let index = 0; index < 30; index += 1) {
        const found = await answer<VisitMatch[]>('visits.findOnSite', { query: `Surname${index}` })
        if (!found.ok) {
          refusals.push(found.error.code)
          continue
        }
        const left = await answer('visits.checkOutSelf', { visitId: found.value[0]!.visitId })
        if (left.ok) checkedOut += 1
        else refusals.push(left.error.code)
      }
      expect(checkedOut).toBe(visitorBudgets.checkOutByName.burst)
      expect(refusals.every((code) => code === 'throttled')).toBe(true)
      const onSite = (await kiosk.asReception<StaffVisit[]>('visits.today')).filter((visit) => visit.status === 'on-site')
      expect(onSite).toHaveLength(30 - checkedOut)

      const [burst] = await kiosk.asReception<CheckOutBurst[]>('visits.checkOutBursts')
      expect(burst?.visitorNames).toEqual(['Visitor0 Surname0', 'Visitor1 Surname1', 'Visitor2 Surname2'])
      const rows = await visitorRows()
      expect(rows.map((row) => row.action)).toEqual(
        expect.arrayContaining(['visitors checked out by name at the kiosk in a burst', 'pause visitor-side check-outs by name at the kiosk', 'pause visitor-side name searches at the kiosk']),
      )
      await kiosk.asReception('visits.dismissCheckOutBursts')
      expect(await kiosk.asReception('visits.checkOutBursts')).toEqual([])
    })

    it('keeps one check-out by name easy: after the wait it works again, and a scanned pass is never held up by names', async () => {
      await checkInMany(5)
      const today = await kiosk.asReception<StaffVisit[]>('visits.today')
      for (const visit of today.slice(0, 3)) expect((await answer('visits.checkOutSelf', { visitId: visit.id })).ok).toBe(true)
      const refused = await answer('visits.checkOutSelf', { visitId: today[3]!.id })
      expect(refused).toMatchObject({ ok: false, error: { code: 'throttled', reason: 'tooManyTries', params: { count: 20 } } })

      const pass = await kiosk.asReception<{ linkUrl: string }>('visits.pass', { visitId: today[4]!.id })
      expect(await kiosk.call('visits.checkOutSelf', { passUrl: pass.linkUrl })).toEqual({ visitorName: today[4]!.visitor.name })

      wait(Date.parse(!refused.ok ? refused.error.retryAt! : '') - kiosk.clock.now().getTime())
      expect(await kiosk.call('visits.checkOutSelf', { visitId: today[3]!.id })).toEqual({ visitorName: today[3]!.visitor.name })
    })

    it('takes check-ins at a front desk’s pace, not a script’s, and lets reception check in meanwhile', async () => {
      await kiosk.stop()
      kiosk = await startVisitHarness(tempDirectory(), { visitorBudgets: {} })
      const checkIn = (index: number) =>
        answer<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: { name: `Script${index} Visitor`, host: 'Charles Babbage' }, agreementVersion: 1 })
      const replies = []
      for (let index = 0; index < 40; index += 1) replies.push(await checkIn(index))
      expect(replies.filter((reply) => reply.ok)).toHaveLength(visitorBudgets.checkIn.burst)
      expect(replies.filter((reply) => !reply.ok && reply.error.code === 'throttled')).toHaveLength(40 - visitorBudgets.checkIn.burst)
      expect(await kiosk.asReception<StaffVisit[]>('visits.today')).toHaveLength(visitorBudgets.checkIn.burst)
      const walkIn = await kiosk.asReception<StaffVisit>('visits.walkIn', { visitTypeId: 'guest', visitor: { name: 'Real Visitor', host: 'Charles Babbage' }, agreementVersion: 1 })
      expect(walkIn.status).toBe('on-site')
      expect((await visitorRows()).filter((row) => row.action === 'pause visitor-side check-ins at the kiosk')).toHaveLength(1)

      wait(visitorBudgets.checkIn.refillEveryMs)
      expect((await checkIn(99)).ok).toBe(true)
    })

    it('sees a script that checks visitors out by name every 30 seconds, under the one-minute rule', async () => {
      await checkInMany(6)
      const today = await kiosk.asReception<StaffVisit[]>('visits.today')
      for (const visit of today.slice(0, 5)) {
        expect((await answer('visits.checkOutSelf', { visitId: visit.id })).ok).toBe(true)
        wait(30_100)
      }
      const [burst] = await kiosk.asReception<CheckOutBurst[]>('visits.checkOutBursts')
      expect(burst?.visitorNames).toHaveLength(5)
    })

    it('answers a flood of searches and code guesses at a person’s pace, keeping the three-letter minimum', async () => {
      await invite('Ada Lovelace')
      const searches = await Promise.all(Array.from({ length: 200 }, () => answer<VisitMatch[]>('visits.findInvites', { query: 'Lov' })))
      expect(searches.filter((reply) => reply.ok)).toHaveLength(visitorBudgets.nameSearch.burst)
      expect(searches.find((reply) => reply.ok)).toEqual({ ok: true, value: [expect.objectContaining({ displayName: 'Ada L.' })] })
      expect(await answer('visits.findInvites', { query: 'Lo' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
      wait(visitorBudgets.nameSearch.refillEveryMs)
      expect((await answer('visits.findOnSite', { query: 'Lov' })).ok).toBe(true)

      const guesses = await Promise.all(Array.from({ length: 200 }, (_, index) => answer('visits.inviteAgreement', { inviteCode: `ZZZZ${String(index).padStart(4, '2')}` })))
      expect(guesses.filter((reply) => !reply.ok && reply.error.code === 'not_found')).toHaveLength(visitorBudgets.invite.burst)
      expect(guesses.filter((reply) => !reply.ok && reply.error.code === 'throttled')).toHaveLength(200 - visitorBudgets.invite.burst)
    })
  })
})
