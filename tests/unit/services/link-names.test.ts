import { describe, expect, it } from 'vitest'
import { linkKeyOf, linkName, parseLinkName } from '../../../electron/services/visits/access-links'
import { isPassCodeOf, kioskTagOf, newPassCode } from '../../../electron/services/visits/pass-code'
import { sampleVisit } from '../../fixtures/sample-visit'

describe('the names of access links, which Kisi shows to their holders', () => {
  const visit = sampleVisit({ visitor: { name: 'Ada Lovelace' }, visitTypeName: 'Guest', passCode: 'M2XA-K7QF' })

  it('end with the code on the pass, never an internal marker; later links of the visit count on', () => {
    expect(linkName(visit, 1)).toBe('Ada Lovelace (Guest) · pass M2XA-K7QF')
    expect(linkName(visit, 3)).toBe('Ada Lovelace (Guest) · pass M2XA-K7QF.3')
    for (const generation of [1, 2, 12]) {
      expect(linkName(visit, generation)).not.toContain('[fd:')
      expect(linkName(visit, generation)).not.toContain(visit.id)
    }
  })

  it('shorten a long name between characters, never through an emoji', () => {
    const name = `${'a'.repeat(79)}😀 Lovelace`
    const long = sampleVisit({ visitor: { name }, visitTypeName: 'Guest', passCode: 'M2XA-K7QF' })
    expect(linkName(long, 1)).toBe(`${'a'.repeat(79)} (Guest) · pass M2XA-K7QF`)
    expect(linkName(long, 1)).not.toMatch(/[\uD800-\uDFFF]/u)
  })

  it('are read back to the visit’s key and generation, for both the new and the older marker', () => {
    expect(parseLinkName(linkName(visit, 1))).toEqual({ key: 'M2XA-K7QF', generation: 1, label: 'Ada Lovelace (Guest)' })
    expect(parseLinkName(linkName(visit, 4))).toEqual({ key: 'M2XA-K7QF', generation: 4, label: 'Ada Lovelace (Guest)' })
    expect(parseLinkName('Grace Hopper (Guest) [fd:0123456789abcdef0123/2]')).toEqual({ key: '0123456789abcdef0123', generation: 2, label: 'Grace Hopper (Guest)' })
    expect(linkKeyOf(visit)).toBe('M2XA-K7QF')
  })

  it('of a visit stored before pass codes keep the marker its links were made with, so they are still found', () => {
    const older = { ...visit, passCode: null }
    expect(linkName(older, 2)).toBe(`Ada Lovelace (Guest) [fd:${visit.id}/2]`)
    expect(parseLinkName(linkName(older, 2))?.key).toBe(linkKeyOf(older))
  })

  it('are not taken for a kiosk’s when a person typed something like a code', () => {
    expect(parseLinkName('Ada Lovelace (Guest)')).toBeNull()
    expect(parseLinkName('Ada Lovelace · pass M2XA-K7Q')).toBeNull()
    expect(parseLinkName('Ada Lovelace · pass m2xa-k7qf')).toBeNull()
    expect(parseLinkName('Ada Lovelace · pass M2XA-K7QF (copy)')).toBeNull()
  })
})

describe('pass codes', () => {
  it('begin with the kiosk database’s tag, four readable characters drawn from its id', () => {
    const tag = kioskTagOf('0123456789abcdef')
    expect(tag).toMatch(/^[A-HJ-KM-NP-Z2-9]{4}$/)
    expect(kioskTagOf('0123456789abcdef')).toBe(tag)
    expect(kioskTagOf('fedcba9876543210')).not.toBe(tag)
    const code = newPassCode(tag)
    expect(code).toMatch(new RegExp(`^${tag}-[A-HJ-KM-NP-Z2-9]{4}$`))
    expect(isPassCodeOf(code, tag)).toBe(true)
    expect(isPassCodeOf(code, kioskTagOf('fedcba9876543210'))).toBe(false)
  })
})
