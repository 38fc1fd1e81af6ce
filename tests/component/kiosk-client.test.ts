import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { AppError } from '@shared/errors'
import type { KioskStatus } from '@shared/ipc/kiosk-calls'
import { createWebHostKioskApi } from '@renderer/api/web-host-kiosk-api'
import { createKioskClient, type KioskClient } from '@renderer/api/kiosk-client'
import { hasKioskClient, kioskClientPlugin, useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'
import { useKioskStatusStore } from '@renderer/stores/kiosk-status'
import { useStaffStore } from '@renderer/stores/staff'
import { nameMismatchRefusal } from './console-accounts-fixtures'
import { createFakeKiosk, fail, ok } from './fake-kiosk'

const status: KioskStatus = { organisationName: 'Demo Organization', language: 'en', idleTimeoutSeconds: 60, passDisplaySeconds: 30, accessLinkBase: 'https://web.kisi.io/grouplinks/', appVersion: '0.1.0' }

describe('the kiosk client', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('answers a call with its value, sending the request as given', async () => {
    const fake = createFakeKiosk()
    fake.calls['visits.findInvites'].mockImplementation(() => ok([]))
    fake.calls['kiosk.status'].mockImplementation(() => ok(status))
    expect(await fake.client.kiosk.status()).toEqual(status)
    expect(await fake.client.visits.findInvites({ query: 'Ada' })).toEqual([])
    expect(fake.calls['visits.findInvites']).toHaveBeenCalledWith({ query: 'Ada' })
  })

  it('throws main’s error as an AppError with its code, reason, parameters, field errors and retry time', async () => {
    const fake = createFakeKiosk()
    fake.calls['staff.unlock'].mockImplementation(() =>
      fail({ code: 'pin_locked', message: 'Too many wrong PINs; locked for 30 s', reason: 'pinLocked', retryAt: '2030-05-06T09:00:00.000Z' }),
    )
    const thrown = await fake.client.staff.unlock({ pin: '1234' }).catch((error: unknown) => error)
    expect(thrown).toBeInstanceOf(AppError)
    expect(thrown).toMatchObject({ code: 'pin_locked', message: 'Too many wrong PINs; locked for 30 s', reason: 'pinLocked', retryAt: '2030-05-06T09:00:00.000Z' })

    fake.calls['accounts.delete'].mockImplementation(() => fail(nameMismatchRefusal))
    const refused = await fake.client.accounts.delete({ userId: 21, confirmName: 'Jonas' }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(AppError)
    expect(refused).toMatchObject({ code: 'invalid_request', reason: 'deleteNameMismatch', params: { name: 'Jonas Weber' }, fields: { confirmName: ['nameMismatch'] } })
  })

  it('throws "unavailable" when the browser host cannot be reached', async () => {
    vi.stubGlobal('WebSocket', class { addEventListener() {} })
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    const client = createKioskClient(createWebHostKioskApi(new URL('http://127.0.0.1:9/'), 'token'))
    const thrown = await client.kiosk.status().catch((error: unknown) => error)
    expect(thrown).toMatchObject({ code: 'unavailable', message: 'The kiosk service did not answer.' })
    expect(describeError(thrown)).toBe('The kiosk service is not responding. Please see reception.')
  })

  it('hands events through until the listener unsubscribes', () => {
    const fake = createFakeKiosk()
    const listener = vi.fn()
    const unsubscribe = fake.client.subscribe('staff.sessionEnded', listener)
    fake.emit('staff.sessionEnded', { reason: 'expired' })
    unsubscribe()
    fake.emit('staff.sessionEnded', { reason: 'locked' })
    expect(listener.mock.calls).toEqual([[{ reason: 'expired' }]])
  })
})

describe('providing the client', () => {
  let found: { connected: boolean; client: KioskClient | null }
  const Probe = defineComponent({
    setup() {
      const connected = hasKioskClient()
      found = { connected, client: connected ? useKioskClient() : null }
      return () => null
    },
  })

  it('gives components and stores the client installed on the app', async () => {
    const fake = createFakeKiosk()
    mount(Probe, { global: { plugins: [kioskClientPlugin(fake.client)] } })
    expect(found).toEqual({ connected: true, client: fake.client })
    fake.calls['kiosk.status'].mockImplementation(() => ok(status))
    await useKioskStatusStore().load()
    expect(useKioskStatusStore().status).toEqual(status)
  })

  it('says when there is none, and a store asking for it fails with a clear error', () => {
    const pinia = createPinia()
    mount(Probe, { global: { plugins: [pinia] } })
    expect(found).toEqual({ connected: false, client: null })
    setActivePinia(pinia)
    expect(() => useStaffStore()).toThrow(/No kiosk client/)
  })
})
