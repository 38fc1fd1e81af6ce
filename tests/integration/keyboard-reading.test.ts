import { afterEach, describe, expect, it } from 'vitest'
import type { AuditPage } from '@shared/schemas/audit-trail'
import { defaultKeyboardReading, type KeyboardReadingAnswer } from '@shared/schemas/keyboard-reading'
import type { ReaderOutputSetting } from '@shared/schemas/scan'
import type { KioskApp } from '../../electron/app/create-app'
import { startTestApp, type TestAppOptions } from '../fixtures/test-app'
import { TestClock } from '../fixtures/test-clock'
import { useTempDirectory } from '../fixtures/temp-directory'

async function call<T>(kiosk: KioskApp, name: string, payload: unknown = {}): Promise<T> {
  const answer = await kiosk.dispatch(name, payload)
  if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
  return answer.value as T
}

/** A reader typing `%`, the card as FC:CN, `?`, then Enter; slower than the default allows after its prefix. */
const framedReader: ReaderOutputSetting = {
  format: { kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' },
  framing: { prefix: ['%'], suffix: ['?'] },
  timing: { ...defaultKeyboardReading().timing, prefixOverridesTiming: true },
}

describe('how keyboard-type readers are read', () => {
  const tempDirectory = useTempDirectory()
  const opened: KioskApp[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((kiosk) => kiosk.close()))
  })

  async function start(options: TestAppOptions = {}, directory = tempDirectory()): Promise<KioskApp> {
    const kiosk = await startTestApp(directory, new TestClock(), options)
    opened.push(kiosk)
    return kiosk
  }

  it('answers the default setting to anyone, read by the renderer in the browser host', async () => {
    const kiosk = await start()
    const answer = await call<KeyboardReadingAnswer>(kiosk, 'scanners.keyboardReading')
    expect(answer).toEqual({
      setting: {
        format: { kind: 'card-number', cardFormat: 'h10301', facilityCode: null },
        framing: { prefix: [], suffix: [] },
        timing: { maxGapMs: 100, minLength: 4, maxLength: 300, idleResetMs: 250, acceptTab: false, prefixOverridesTiming: false, prefixedIdleResetMs: 1_500 },
      },
      capturedIn: 'renderer',
    })
  })

  it('lets a manager set it, keeps it across a restart, and writes it to the audit trail', async () => {
    const directory = tempDirectory()
    const kiosk = await start({}, directory)
    kiosk.sessions.start('manager')
    expect(await call(kiosk, 'scanners.setKeyboardReading', { setting: framedReader })).toEqual({ setting: framedReader, capturedIn: 'renderer' })
    const trail = await call<AuditPage>(kiosk, 'audit.list', { page: 0 })
    expect(trail.entries[0]).toMatchObject({ role: 'manager', action: 'set how keyboard-type readers are read', outcome: 'succeeded', detail: 'facility-and-card' })
    await kiosk.close()
    opened.splice(0)

    const again = await start({}, directory)
    expect(await call<KeyboardReadingAnswer>(again, 'scanners.keyboardReading')).toEqual({ setting: framedReader, capturedIn: 'renderer' })
  })

  it('is for managers: reception and the visitor screens cannot change it', async () => {
    const kiosk = await start()
    await expect(call(kiosk, 'scanners.setKeyboardReading', { setting: framedReader })).rejects.toMatchObject({ code: 'staff_locked' })
    kiosk.sessions.start('reception')
    await expect(call(kiosk, 'scanners.setKeyboardReading', { setting: framedReader })).rejects.toMatchObject({ code: 'forbidden' })
    expect(kiosk.settings.get().keyboardReading).toEqual(defaultKeyboardReading())
  })

  it('refuses a setting with unknown keys or out-of-range timing, changing nothing', async () => {
    const kiosk = await start()
    kiosk.sessions.start('manager')
    await expect(call(kiosk, 'scanners.setKeyboardReading', { setting: framedReader, reader: 'pcProx' })).rejects.toMatchObject({ code: 'invalid_request' })
    await expect(call(kiosk, 'scanners.setKeyboardReading', { setting: { ...framedReader, timing: { ...framedReader.timing, maxLength: 513 } } })).rejects.toMatchObject({
      code: 'invalid_request',
      fields: { 'setting.timing.maxLength': expect.any(Array) },
    })
    await expect(call(kiosk, 'scanners.setKeyboardCapture', { enabled: true, screen: 'welcome' })).rejects.toMatchObject({ code: 'invalid_request' })
    expect(kiosk.settings.get().keyboardReading).toEqual(defaultKeyboardReading())
  })

  it('takes the screen’s word on capture from anyone; only where main reads keys does it switch main’s capture', async () => {
    const browserHost = await start()
    expect(await call(browserHost, 'scanners.setKeyboardCapture', { enabled: true })).toEqual({ capturedIn: 'renderer' })
    expect(browserHost.keyboardCapture.active).toBe(false)

    const electronLike = await start({ keyboardCapturedIn: 'main' })
    expect(electronLike.keyboardCapture.active).toBe(false)
    expect(await call(electronLike, 'scanners.setKeyboardCapture', { enabled: true })).toEqual({ capturedIn: 'main' })
    expect(electronLike.keyboardCapture.active).toBe(true)
    expect(electronLike.keyboardCapture.takes).toBe('anything')
    await call(electronLike, 'scanners.setKeyboardCapture', { enabled: true, takes: 'cards' })
    expect(electronLike.keyboardCapture.takes).toBe('cards')
    await expect(call(electronLike, 'scanners.setKeyboardCapture', { enabled: true, takes: 'everything' })).rejects.toMatchObject({ code: 'invalid_request' })
    expect(await call<KeyboardReadingAnswer>(electronLike, 'scanners.keyboardReading')).toMatchObject({ capturedIn: 'main' })
    await call(electronLike, 'scanners.setKeyboardCapture', { enabled: false })
    expect(electronLike.keyboardCapture.active).toBe(false)
  })

  it('shows reader activity to staff only', async () => {
    const kiosk = await start()
    await expect(call(kiosk, 'scanners.readerActivity')).rejects.toMatchObject({ code: 'staff_locked' })
    kiosk.sessions.start('reception')
    expect(await call(kiosk, 'scanners.readerActivity')).toEqual([])
  })
})
