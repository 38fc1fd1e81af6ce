import { describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/errors'
import { createCallDispatcher, type AccessGuard, type CallHandlers } from '../../../electron/ipc/call-dispatcher'
import { silentLogger, type Logger } from '../../../electron/services/ports'

const status = { organisationName: 'Acme', language: 'en', idleTimeoutSeconds: 60, passDisplaySeconds: 45, accessLinkBase: 'https://web.kisi.io/grouplinks/', appVersion: '1.0.0' } as const

function dispatcherWith(overrides: Partial<CallHandlers>, guard: AccessGuard = { authorize: () => {} }, logger: Logger = silentLogger) {
  const handlers = new Proxy(overrides, {
    get: (target, name: string) => target[name as keyof CallHandlers] ?? (() => Promise.reject(new Error(`unexpected call ${name}`))),
  }) as CallHandlers
  return createCallDispatcher(handlers, guard, logger)
}

describe('createCallDispatcher', () => {
  it('answers a valid call with the handler value', async () => {
    const dispatch = dispatcherWith({ 'kiosk.status': () => status })
    expect(await dispatch('kiosk.status', {})).toEqual({ ok: true, value: status })
  })

  it('passes the parsed request, not the raw payload, to the handler', async () => {
    const unlock = vi.fn(async () => ({ role: 'manager' as const, expiresAt: '2026-11-28T10:00:00.000Z', idleMinutes: 10 }))
    await dispatcherWith({ 'staff.unlock': unlock })('staff.unlock', { pin: '2468' })
    expect(unlock).toHaveBeenCalledWith({ pin: '2468' })
  })

  it('refuses an unknown call by name', async () => {
    expect(await dispatcherWith({})('kiosk.format-disk', {})).toEqual({
      ok: false,
      error: { code: 'unknown_call', message: 'There is no call named "kiosk.format-disk".' },
    })
  })

  it('names each invalid field and never reaches the handler', async () => {
    const unlock = vi.fn()
    const answer = await dispatcherWith({ 'staff.unlock': unlock })('staff.unlock', { pin: '12ab', extra: 1 })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request', fields: { pin: ['pinDigits'] } } })
    expect(!answer.ok && answer.error.message).toMatch(/staff\.unlock.*pin: pinDigits/)
    expect(unlock).not.toHaveBeenCalled()
  })

  it('names a problem the schema has no message for (a wrong type, an unknown key) by an id too, never zod’s English', async () => {
    const answer = await dispatcherWith({ 'staff.unlock': vi.fn() })('staff.unlock', { pin: 1234, extra: 1 })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request', fields: { pin: ['checkEntry'], '(request)': ['checkEntry'] } } })
  })

  it('checks access before anything else', async () => {
    const guard = { authorize: vi.fn(() => { throw new AppError('staff_locked', 'Locked.') }) }
    const get = vi.fn()
    expect(await dispatcherWith({ 'settings.get': get }, guard)('settings.get', {})).toEqual({ ok: false, error: { code: 'staff_locked', message: 'Locked.' } })
    expect(guard.authorize).toHaveBeenCalledWith('manager')
    expect(get).not.toHaveBeenCalled()
  })

  it('passes an AppError through with its retry time', async () => {
    const dispatch = dispatcherWith({ 'staff.unlock': () => Promise.reject(new AppError('pin_locked', 'Wait.', { retryAt: '2026-11-28T09:00:30.000Z' })) })
    expect(await dispatch('staff.unlock', { pin: '0000' })).toEqual({
      ok: false,
      error: { code: 'pin_locked', message: 'Wait.', retryAt: '2026-11-28T09:00:30.000Z' },
    })
  })

  it('hides an unexpected failure behind a plain message and logs it in main', async () => {
    const logger = { ...silentLogger, error: vi.fn() }
    const dispatch = dispatcherWith({ 'kiosk.status': () => { throw new Error('ENOENT /var/secret/path') } }, undefined, logger)
    const answer = await dispatch('kiosk.status', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(answer)).not.toMatch(/ENOENT|secret|at /)
    expect(logger.error).toHaveBeenCalledWith('A call failed', expect.objectContaining({ call: 'kiosk.status' }))
  })

  it('strips fields the contract does not declare from an answer', async () => {
    const leaky = { ...status, managerPinHash: 'scrypt$…' }
    const answer = await dispatcherWith({ 'kiosk.status': () => leaky })('kiosk.status', {})
    expect(answer).toEqual({ ok: true, value: status })
  })

  it('refuses to send an answer that breaks the contract', async () => {
    const answer = await dispatcherWith({ 'kiosk.status': () => ({ organisationName: 42 }) as never })('kiosk.status', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
