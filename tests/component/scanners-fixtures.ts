import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import { defaultKeyboardReading } from '@shared/schemas/keyboard-reading'
import type { ReaderOutputFormat } from '@shared/schemas/scan'
import { useScannerSetupStore } from '@renderer/stores/scanner-setup'
import { useStaffStore } from '@renderer/stores/staff'
import { ok, type FakeKiosk } from './fake-kiosk'

/** Signs the fake console in, as the reader set-up page reads it from the staff store. */
export function signInAs(role: 'manager' | 'reception'): void {
  useStaffStore().status = { pinsConfigured: true, lockedUntil: null, session: { role, expiresAt: new Date(Date.now() + 60_000).toISOString(), idleMinutes: 10 } }
}

/** Main's keyboard reading: the default setting (no framing, H10301 card numbers) unless a format is given. */
export function answerKeyboardReading(fake: FakeKiosk, format?: ReaderOutputFormat): void {
  const setting = { ...defaultKeyboardReading(), ...(format ? { format } : {}) }
  fake.calls['scanners.keyboardReading'].mockImplementation(() => ok({ setting, capturedIn: 'renderer' }))
  fake.calls['scanners.setKeyboardReading'].mockImplementation((request) => ok({ ...(request as { setting: unknown }), capturedIn: 'renderer' }))
}

/** Mounts one panel of the page with the keyboard reading already loaded, as the page loads it first. */
export async function mountScannerPanel(fake: FakeKiosk, panel: Component, props: Record<string, unknown> = {}): Promise<VueWrapper> {
  await useScannerSetupStore().loadKeyboardReading()
  const wrapper = mount(panel, { props, global: fake.mountOptions(), attachTo: document.body })
  await flushPromises()
  return wrapper
}

/** A key as a reader (or a person) sends it: its physical code, what the layout made of it, and when. */
export interface Press {
  code: string
  key: string
  shift?: boolean
  atMs: number
}

/** Sends the keys to an element with the times given (a keydown's `timeStamp` is the capture's clock). */
export async function pressKeys(target: Element, presses: readonly Press[]): Promise<void> {
  for (const { code, key, shift = false, atMs } of presses) {
    const event = new KeyboardEvent('keydown', { code, key, shiftKey: shift, bubbles: true, cancelable: true })
    Object.defineProperty(event, 'timeStamp', { value: atMs })
    target.dispatchEvent(event)
  }
  await flushPromises()
}

/** `text` typed on a US layout (digits, lower-case letters, `:`), one key after each gap, then Enter. */
export function usKeys(text: string, startMs: number, gapsMs: number | readonly number[]): Press[] {
  const gapAt = (index: number): number => (typeof gapsMs === 'number' ? gapsMs : (gapsMs[index] ?? 0))
  let atMs = startMs
  const presses = [...text, '\n'].map((character, index): Press => {
    if (index > 0) atMs += gapAt(index - 1)
    if (character === '\n') return { code: 'Enter', key: 'Enter', atMs }
    if (character === ':') return { code: 'Semicolon', key: ':', shift: true, atMs }
    return { code: /\d/.test(character) ? `Digit${character}` : `Key${character.toUpperCase()}`, key: character, atMs }
  })
  return presses
}
