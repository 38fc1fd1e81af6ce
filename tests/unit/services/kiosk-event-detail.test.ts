import { describe, expect, it } from 'vitest'
import { kioskEventDetailText } from '../../../electron/services/access-log/kiosk-event-detail'

const visit = { visitId: 'v1', visitorName: 'Ada Lovelace', visitTypeName: 'Guest', groupName: 'Visitors', doorNames: ['Front door', 'Lift'] }
const facts = (more: Record<string, unknown>): string => JSON.stringify({ ...visit, ...more })

describe('the words of a kiosk event in the day’s log', () => {
  it('says who checked a visitor in and out, and how', () => {
    expect(kioskEventDetailText('check-in', facts({ by: 'visitor', invited: true }))).toBe('Guest, checked in by the visitor, invited')
    expect(kioskEventDetailText('check-in', facts({ by: 'reception', invited: false }))).toBe('Guest, checked in by reception')
    expect(kioskEventDetailText('check-out', facts({ by: 'visitor', method: 'pass-scan' }))).toBe('checked out by the visitor, scanning their pass')
    expect(kioskEventDetailText('check-out', facts({ by: 'visitor', method: 'name' }))).toBe('checked out by the visitor, by name')
    expect(kioskEventDetailText('check-out', facts({ by: 'automatic', method: null }))).toBe('checked out automatically at the set time')
    expect(kioskEventDetailText('approval', facts({ by: 'reception', heldFor: 'deny-list' }))).toBe('Guest, let in by reception after a deny-list match')
  })

  it('names the doors a link opens and why one was removed', () => {
    expect(kioskEventDetailText('link-issued', facts({ linkId: 12, validUntil: '2026-12-03T17:00:00.000Z' }))).toMatch(/^access link 12, valid until \d\d:\d\d; doors: Front door, Lift$/)
    expect(kioskEventDetailText('link-revoked', facts({ linkId: 12, because: 'replaced' }))).toBe('access link 12 removed, replaced by a new link')
  })

  it('leaves the words out of a line whose facts do not fit its kind, and of other sources', () => {
    expect(kioskEventDetailText('check-out', '{"by":"somebody"}')).toBe('')
    expect(kioskEventDetailText('check-out', 'not json')).toBe('')
    expect(kioskEventDetailText('unlock', facts({}))).toBe('')
  })
})
