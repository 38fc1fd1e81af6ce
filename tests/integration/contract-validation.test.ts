import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { callNames, type CallName } from '@shared/ipc/contract'
import type { KioskApp } from '../../electron/app/create-app'
import { startTestApp } from '../fixtures/test-app'
import { useTempDirectory } from '../fixtures/temp-directory'

/**
 * One malformed payload per call, and the field its error must name. Typed by CallName, so a new
 * call does not compile until it has a case here.
 */
const malformed: Record<CallName, { payload: unknown; field: string }> = {
  'kiosk.status': { payload: { verbose: true }, field: '(request)' },
  'settings.get': { payload: { all: 1 }, field: '(request)' },
  'settings.update': { payload: { idleTimeoutSeconds: 5 }, field: 'idleTimeoutSeconds' },
  'audit.list': { payload: { page: -1 }, field: 'page' },
  'notifications.status': { payload: { verbose: true }, field: '(request)' },
  'notifications.configure': { payload: { webhookUrl: 'ftp://example.com/hook' }, field: 'webhookUrl' },
  'notifications.test': { payload: { text: 'hi' }, field: '(request)' },
  'notifications.dailySummary': { payload: { enabled: 'yes' }, field: 'enabled' },
  'system.diagnostics': { payload: { deep: true }, field: '(request)' },
  'system.documentSupport': { payload: { pdf: true }, field: '(request)' },
  'system.printToPdf': { payload: { fileName: '../../etc/report.pdf' }, field: 'fileName' },
  'staff.status': { payload: { role: 'manager' }, field: '(request)' },
  'staff.setupPins': { payload: { managerPin: '2468', receptionPin: '2468' }, field: 'receptionPin' },
  'staff.unlock': { payload: { pin: 24 }, field: 'pin' },
  'staff.lock': { payload: { now: 'yes' }, field: '(request)' },
  'staff.keepAlive': { payload: { now: 'yes' }, field: '(request)' },
  'staff.changePin': { payload: { role: 'owner', pin: '9999' }, field: 'role' },
  'policies.get': { payload: { all: true }, field: '(request)' },
  'policies.save': { payload: { visitTypes: [], denyList: { names: [], emails: ['not an address'] } }, field: 'denyList.emails.0' },
  'visitTypes.list': { payload: { lang: 'en' }, field: '(request)' },
  'visits.checkIn': { payload: { visitTypeId: 'guest', visitor: { name: 42 }, agreementVersion: 1 }, field: 'visitor.name' },
  'visits.findInvites': { payload: { query: 'ad' }, field: 'query' },
  'visits.checkInInvite': { payload: { inviteCode: 'AB', agreementVersion: null }, field: 'inviteCode' },
  'visits.inviteAgreement': { payload: { visitId: 7 }, field: 'visitId' },
  'visits.pendingPass': { payload: { claim: 'short' }, field: 'claim' },
  'visits.findOnSite': { payload: { query: '' }, field: 'query' },
  'visits.checkOutSelf': { payload: { passUrl: 5 }, field: 'passUrl' },
  'visits.today': { payload: { day: 'monday' }, field: '(request)' },
  'visits.preRegister': { payload: { visitTypeId: 'guest', visitor: {}, expectedAt: 'tomorrow' }, field: 'expectedAt' },
  'visits.walkIn': { payload: { visitTypeId: 3, visitor: {} }, field: 'visitTypeId' },
  'visits.approve': { payload: { visitId: '' }, field: 'visitId' },
  'visits.checkInOnBehalf': { payload: {}, field: 'visitId' },
  'visits.checkOut': { payload: { visit: 'x' }, field: 'visitId' },
  'visits.cancel': { payload: { visitId: null }, field: 'visitId' },
  'visits.erase': { payload: { visitId: '' }, field: 'visitId' },
  'visits.pass': { payload: { visitId: ['a'] }, field: 'visitId' },
  'visits.extend': { payload: { visitId: 'v1', validUntil: 'next week' }, field: 'validUntil' },
  'visits.retryAccess': { payload: { visitId: 1 }, field: 'visitId' },
  'visits.checkOutBursts': { payload: { since: 'today' }, field: '(request)' },
  'visits.dismissCheckOutBursts': { payload: { all: true }, field: '(request)' },
  'kisi.status': { payload: { verbose: 1 }, field: '(request)' },
  'kisi.connect': { payload: { apiKey: 'short' }, field: 'apiKey' },
  'kisi.disconnect': { payload: { now: true }, field: '(request)' },
  'kisi.groups': { payload: { placeId: 1 }, field: '(request)' },
  'kisi.signIn': { payload: { domain: 'demo', email: 'admin@demo.example', password: 'x', otpCode: '12ab56' }, field: 'otpCode' },
  'kisi.tryDemo': { payload: { seed: 'big' }, field: '(request)' },
  'kisi.places': { payload: { query: 'HQ' }, field: '(request)' },
  'kisi.choosePlace': { payload: { placeId: -4 }, field: 'placeId' },
  'kisi.setOptions': { payload: { inAppUnlock: 'yes' }, field: 'inAppUnlock' },
  'accounts.search': { payload: { query: 'mia', page: -1 }, field: 'page' },
  'accounts.get': { payload: { userId: 'mia' }, field: 'userId' },
  'accounts.choices': { payload: { all: true }, field: '(request)' },
  'accounts.assign': {
    payload: { user: { existingUserId: 5 }, groupIds: [], lockIds: [], validFrom: '2026-11-28T10:00:00Z', validUntil: null },
    field: 'groupIds',
  },
  'accounts.revokeAssignment': { payload: { userId: 5 }, field: 'assignmentId' },
  'accounts.setAccess': { payload: { userId: 5, enabled: 'no' }, field: 'enabled' },
  'accounts.disconnect': { payload: { userId: 0 }, field: 'userId' },
  'accounts.delete': { payload: { userId: 5, confirmName: '' }, field: 'confirmName' },
  'accounts.repair': { payload: { user: 5 }, field: 'userId' },
  'accounts.diagnose': { payload: { userId: 5, lockId: 'front' }, field: 'lockId' },
  'doors.list': { payload: { placeId: 2 }, field: '(request)' },
  'doors.unlock': { payload: { lockId: 3, reason: 'x' }, field: 'reason' },
  'badges.lookup': { payload: { format: 'h10301', facilityCode: 256, cardNumber: 10001 }, field: 'facilityCode' },
  'badges.enrol': { payload: { format: 'h10304', facilityCode: 1, cardNumber: 524_288, userId: 5 }, field: 'cardNumber' },
  'scanners.hidDevices': { payload: { vendorId: 0x0c27 }, field: '(request)' },
  'scanners.chooseHidReader': { payload: { readerId: '/dev/hidraw3' }, field: 'readerId' },
  'scanners.forgetHidReader': { payload: {}, field: 'readerId' },
  'scanners.setHidReaderDecoding': { payload: { readerId: 'hid-0c27-3bfa-0001-0006-0', decoding: { output: { format: { kind: 'guess' } } } }, field: 'decoding.output.format.kind' },
  'scanners.hidReaders': { payload: { live: true }, field: '(request)' },
  'scanners.readerActivity': { payload: { readerId: 'hid-0c27-3bfa-0001-0006-0' }, field: '(request)' },
  'scanners.keyboardReading': { payload: { reader: 'keyboard' }, field: '(request)' },
  'accessLog.sync': { payload: { placeId: 1 }, field: '(request)' },
  'accessLog.syncStatus': { payload: { verbose: true }, field: '(request)' },
  'accessLog.visits': { payload: { day: '28.11.2026' }, field: 'day' },
  'accessLog.rollCall': { payload: { verbose: true }, field: '(request)' },
  'accessLog.markSafe': { payload: { personKey: 'visit:1', safe: 'yes' }, field: 'safe' },
  'accessLog.startDrill': { payload: { reason: 'fire' }, field: '(request)' },
  'accessLog.day': { payload: { day: '3 December' }, field: 'day' },
  'scanners.setKeyboardReading': { payload: { setting: { format: { kind: 'text' }, timing: { maxGapMs: 1 } } }, field: 'setting.timing.maxGapMs' },
  'scanners.setKeyboardCapture': { payload: { enabled: 'yes' }, field: 'enabled' },
}

describe('every call validates its payload', () => {
  const tempDirectory = useTempDirectory()
  let services: KioskApp

  beforeEach(async () => {
    services = await startTestApp(tempDirectory())
    services.sessions.start('manager')
  })
  afterEach(() => services.close())

  it.each(callNames)('%s refuses a malformed payload and names the field', async (name) => {
    const { payload, field } = malformed[name]
    const answer = await services.dispatch(name, payload)
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.code).toBe('invalid_request')
    expect(Object.keys(answer.error.fields ?? {})).toContain(field)
    expect(answer.error.message).toContain(name)
  })

  it.each(callNames)('%s refuses payloads that are not objects', async (name) => {
    for (const payload of [null, 'pin', 42, [1, 2], undefined]) {
      expect(await services.dispatch(name, payload)).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    }
  })

  it('refuses an access log cursor whose id names no line', async () => {
    for (const id of ['kisi:1', 'audit:000000000001', 'kisi:000000000001; DROP', '']) {
      const answer = await services.dispatch('accessLog.day', { day: '2026-11-28', after: { at: '2026-11-28T12:00:00.000Z', id }, limit: 10 })
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request', fields: { 'after.id': expect.any(Array) } } })
    }
    expect(await services.dispatch('accessLog.day', { day: '2026-11-28', after: { at: '2026-11-28T12:00:00.000Z', id: 'staff:000000000001' }, limit: 10 })).toMatchObject({ ok: true })
  })

  it('leaves state alone after a refused payload', async () => {
    await services.dispatch('settings.update', { organisationName: '', idleTimeoutSeconds: 5 })
    expect(services.settings.get().kiosk).toMatchObject({ organisationName: 'Frontdesk', idleTimeoutSeconds: 60 })
  })
})
