import { describe, expect, it } from 'vitest'
import { formatCollectionRange, parseCollectionRange } from '../../../electron/services/kisi/collection-range'
import { camelizeKeys, snakeizeKeys } from '../../../electron/services/kisi/kisi-wire'

describe('Kisi wire conversion', () => {
  it('converts keys both ways, deeply, through arrays', () => {
    const wire = { group_link: { group_id: 4, valid_until: null, items: [{ last_used_at: 'x' }] } }
    const ours = { groupLink: { groupId: 4, validUntil: null, items: [{ lastUsedAt: 'x' }] } }
    expect(camelizeKeys(wire)).toEqual(ours)
    expect(snakeizeKeys(ours)).toEqual(wire)
  })

  it('leaves the keys inside metadata exactly as the customer wrote them', () => {
    const wire = { user: { access_enabled: true, metadata: { employee_id: 'E-1', badgeColour: 'red', nested_key: { deep_key: 1 } } } }
    const ours = camelizeKeys(wire)
    expect(ours).toEqual({ user: { accessEnabled: true, metadata: { employee_id: 'E-1', badgeColour: 'red', nested_key: { deep_key: 1 } } } })
    expect(snakeizeKeys(ours)).toEqual(wire)
  })

  it('leaves values, including strings that look like keys, alone', () => {
    expect(camelizeKeys({ role_id: 'group_basic', n: 1, flag: false, none: null })).toEqual({ roleId: 'group_basic', n: 1, flag: false, none: null })
  })
})

describe('X-Collection-Range', () => {
  it('reads the requested range and the total', () => {
    expect(parseCollectionRange('0-9/200')).toEqual({ offset: 0, limit: 10, total: 200 })
    expect(parseCollectionRange('10-19/15')).toEqual({ offset: 10, limit: 10, total: 15 })
  })

  it('reads an empty list', () => {
    expect(parseCollectionRange('*/0')).toEqual({ offset: 0, limit: 0, total: 0 })
  })

  it('ignores a missing or malformed header', () => {
    for (const header of [undefined, null, '', 'items 0-9/10', '0-9', '-1-9/10']) expect(parseCollectionRange(header)).toBeNull()
  })

  it('formats what it parses', () => {
    for (const header of ['0-9/200', '10-19/15', '*/0']) {
      expect(formatCollectionRange(parseCollectionRange(header)!)).toBe(header)
    }
  })
})
