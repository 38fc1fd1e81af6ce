import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { PinService } from '../../../electron/services/staff/pin-service'
import { memorySettings } from '../../fixtures/memory-settings'
import { TestClock } from '../../fixtures/test-clock'

function recordingBackup() {
  const saved: { managerPinHash: string; receptionPinHash: string }[] = []
  return { saved, save: (hashes: (typeof saved)[number]) => void saved.push(hashes) }
}

async function configured() {
  const clock = new TestClock()
  const { repository, backend } = memorySettings()
  const backup = recordingBackup()
  const pins = new PinService(repository, clock, backup)
  await pins.setup('2468', '1357')
  return { pins, clock, repository, backend, backup }
}

async function refusal(pending: Promise<unknown>): Promise<AppError> {
  const error = await pending.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('PinService', () => {
  it('has no PIN until the manager sets both', async () => {
    const pins = new PinService(memorySettings().repository, new TestClock(), recordingBackup())
    expect(pins.status()).toEqual({ pinsConfigured: false, lockedUntil: null })
    expect((await refusal(pins.verify('0000'))).code).toBe('pins_not_set')
  })

  it('tells the roles apart and stores only hashes', async () => {
    const { pins, backend } = await configured()
    expect(await pins.verify('2468')).toBe('manager')
    expect(await pins.verify('1357')).toBe('reception')
    const saved = JSON.stringify(backend.saved.at(-1))
    expect(saved).not.toMatch(/2468|1357/)
    expect(saved).toContain('scrypt$')
  })

  it('refuses to set up PINs a second time', async () => {
    const { pins } = await configured()
    expect((await refusal(pins.setup('1111', '2222'))).code).toBe('pins_already_set')
    expect(await pins.verify('2468')).toBe('manager')
  })

  it('counts down the tries, then locks for 30 s even for the right PIN', async () => {
    const { pins, clock } = await configured()
    const refusals: AppError[] = []
    for (let attempt = 0; attempt < 4; attempt += 1) refusals.push(await refusal(pins.verify('0000')))
    expect(refusals.map(({ code, reason, params }) => ({ code, reason, params }))).toEqual(
      [4, 3, 2, 1].map((count) => ({ code: 'pin_incorrect', reason: 'pinIncorrect', params: { count } })),
    )

    const locked = await refusal(pins.verify('0000'))
    expect(locked.code).toBe('pin_locked')
    expect(locked.retryAt).toBe(new Date(clock.now().getTime() + 30_000).toISOString())
    expect((await refusal(pins.verify('2468'))).code).toBe('pin_locked')

    clock.advance(30_001)
    expect(pins.status().lockedUntil).toBeNull()
    const relocked = await refusal(pins.verify('0000'))
    expect(relocked.retryAt).toBe(new Date(clock.now().getTime() + 60_000).toISOString())
  })

  it('keeps the lock-out in the settings, so a restart does not clear it', async () => {
    const { pins, clock, repository } = await configured()
    for (let attempt = 0; attempt < 5; attempt += 1) await refusal(pins.verify('0000'))
    const restarted = new PinService(repository, clock, recordingBackup())
    expect(restarted.status().lockedUntil).not.toBeNull()
    expect((await refusal(restarted.verify('2468'))).code).toBe('pin_locked')
  })

  it('resets the count after a right PIN', async () => {
    const { pins, repository } = await configured()
    await refusal(pins.verify('0000'))
    await pins.verify('1357')
    expect(repository.get().staff.failedAttempts).toBe(0)
  })

  it('counts every guess of a parallel burst, so the right PIN inside it is still refused', async () => {
    const { pins } = await configured()
    const guesses = [...Array(8).fill('0000'), '2468'].map((pin) => pins.verify(pin).then(
      (role) => role,
      (error: AppError) => error.code,
    ))
    const outcomes = await Promise.all(guesses)
    expect(outcomes.slice(0, 4)).toEqual(Array(4).fill('pin_incorrect'))
    expect(outcomes.slice(4)).toEqual(Array(5).fill('pin_locked'))
  })

  it('lets only one of two parallel first-start setups through', async () => {
    const pins = new PinService(memorySettings().repository, new TestClock(), recordingBackup())
    const outcomes = await Promise.all([pins.setup('1111', '2222'), pins.setup('3333', '4444')].map((pending) => pending.then(
      () => 'set',
      (error: AppError) => error.code,
    )))
    expect(outcomes).toEqual(['set', 'pins_already_set'])
    expect(await pins.verify('1111')).toBe('manager')
  })

  it('keeps the backup copy in step with setup and changes', async () => {
    const { pins, backup, repository } = await configured()
    expect(backup.saved.at(-1)).toEqual({ managerPinHash: repository.get().staff.managerPinHash, receptionPinHash: repository.get().staff.receptionPinHash })
    await pins.change('manager', '8642')
    expect(backup.saved.at(-1)?.managerPinHash).toBe(repository.get().staff.managerPinHash)
    expect(backup.saved).toHaveLength(2)
  })

  it('changes a PIN, refusing one equal to the other role', async () => {
    const { pins } = await configured()
    expect((await refusal(pins.change('reception', '2468'))).code).toBe('conflict')
    await pins.change('reception', '9753')
    expect(await pins.verify('9753')).toBe('reception')
    expect((await refusal(pins.verify('1357'))).code).toBe('pin_incorrect')
  })
})
