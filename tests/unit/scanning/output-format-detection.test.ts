import { describe, expect, it } from 'vitest'
import { suggestOutputFormats } from '@shared/domain/scanning/output-format-detection'
import { encodeWiegandBits } from '@shared/domain/scanning/wiegand-layouts'

function frameHex(format: Parameters<typeof encodeWiegandBits>[0], facilityCode: number, cardNumber: number): string {
  const bits = encodeWiegandBits(format, facilityCode, cardNumber)
  if (!bits.ok) throw new Error(bits.diagnostic.message)
  return BigInt(`0b${bits.value}`).toString(16).toUpperCase()
}

describe('output format auto-detection from sample scans', () => {
  it('three whole H10301 frames in hex whose parity adds up are proven', () => {
    const samples = [frameHex('h10301', 42, 12345), frameHex('h10301', 42, 777), frameHex('h10301', 42, 30001)]
    const [best] = suggestOutputFormats(samples)
    expect(best).toMatchObject({ format: { kind: 'wiegand-frame', encoding: 'hex', format: 'h10301' }, confidence: 'strong' })
  })

  it('Corporate 1000 frames in hex are told from H10301', () => {
    const samples = [frameHex('corporate1000_35', 1000, 123456), frameHex('corporate1000_35', 1000, 9), frameHex('corporate1000_35', 1000, 654321)]
    expect(suggestOutputFormats(samples)[0]).toMatchObject({ format: { kind: 'wiegand-frame', format: 'corporate1000_35' }, confidence: 'strong' })
  })

  it('one frame is only a weak hint', () => {
    const suggestions = suggestOutputFormats(['2546073'])
    expect(suggestions.some((suggestion) => suggestion.format.kind === 'wiegand-frame' && suggestion.format.encoding === 'hex')).toBe(true)
    expect(suggestions.filter((suggestion) => suggestion.format.kind === 'wiegand-frame').every((suggestion) => suggestion.confidence === 'weak')).toBe(true)
  })

  it('FC:CN and FC-CN samples suggest the separator and the smallest card format they fit', () => {
    expect(suggestOutputFormats(['042:12345', '042:00777'])[0]).toMatchObject({ format: { kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' }, confidence: 'strong' })
    expect(suggestOutputFormats(['1000-123456'])[0]).toMatchObject({ format: { kind: 'facility-and-card', separator: '-', cardFormat: 'corporate1000_35' } })
  })

  it('bare card numbers are a weak card-number suggestion, ahead of text', () => {
    const suggestions = suggestOutputFormats(['12345', '777'])
    const kinds = suggestions.map((suggestion) => suggestion.format.kind)
    expect(kinds).toContain('card-number')
    expect(kinds.indexOf('card-number')).toBeLessThan(kinds.indexOf('text'))
    expect(suggestions.every((suggestion) => suggestion.confidence === 'weak')).toBe(true)
  })

  it('invite codes and links are text', () => {
    expect(suggestOutputFormats(['K7PQ-4X2M', 'https://example.test/pass/abc'])).toEqual([{ format: { kind: 'text' }, confidence: 'strong', reason: expect.any(String) }])
  })

  it('mixed or empty samples suggest nothing they do not all fit', () => {
    expect(suggestOutputFormats([])).toEqual([])
    expect(suggestOutputFormats(['  '])).toEqual([])
    expect(suggestOutputFormats(['042:12345', 'K7PQ-4X2M']).map((suggestion) => suggestion.format.kind)).toEqual(['text'])
  })
})
