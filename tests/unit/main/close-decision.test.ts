import { describe, expect, it } from 'vitest'
import { refusesClose } from '../../../electron/main/close-decision'

describe('refusesClose', () => {
  it('keeps the kiosk window open in kiosk mode unless the app is quitting on purpose', () => {
    expect(refusesClose({ kioskMode: true, quitting: false })).toBe(true)
    expect(refusesClose({ kioskMode: true, quitting: true })).toBe(false)
  })

  it('lets the window close outside kiosk mode, the way a manager leaves', () => {
    expect(refusesClose({ kioskMode: false, quitting: false })).toBe(false)
  })
})
