import { describe, expect, it } from 'vitest'
import { inviteCodeIn } from '@shared/domain/invite-code'
import { welcomeScanMeaning } from '@shared/domain/scanning/welcome-scan-meaning'

const linkBase = 'https://web.kisi.io/grouplinks/'

describe('welcomeScanMeaning', () => {
  it.each(['K7PQ-4X2M', 'k7pq4x2m', ' K7PQ4X2M '])('reads %j as an invitation code', (value) => {
    expect(welcomeScanMeaning(value, linkBase)).toEqual({ kind: 'invite', inviteCode: 'K7PQ4X2M' })
  })

  it('reads a pass web address as a check-out, whole, for main to recognise', () => {
    const passUrl = 'https://web.kisi.io/grouplinks/AbC_12-xyz9'
    expect(welcomeScanMeaning(passUrl, linkBase)).toEqual({ kind: 'pass', passUrl })
  })

  it.each([
    '12345',
    '042:12345',
    'K7PQ-4X2',
    'K7PQ-4X2O',
    'ftp://example.com/a',
    'https://a b',
    '',
    // Web addresses that are no pass: a product's QR code, another page, a link base with no secret.
    'https://example.com/product/4006381333931',
    'https://web.kisi.io/places/42',
    'https://web.kisi.io/grouplinks/',
    'https://web.kisi.io/grouplinks/short',
  ])('knows nothing of %j', (value) => {
    expect(welcomeScanMeaning(value, linkBase)).toEqual({ kind: 'unknown' })
  })

  it('reads no pass while the link base is not known yet', () => {
    expect(welcomeScanMeaning('https://web.kisi.io/grouplinks/AbC_12-xyz9', '')).toEqual({ kind: 'unknown' })
  })
})

describe('inviteCodeIn', () => {
  it('leaves out the characters main never uses in a code (I, L, O, 0, 1)', () => {
    expect(inviteCodeIn('ABCD-EFGH')).toBe('ABCDEFGH')
    for (const confusable of ['I', 'L', 'O', '0', '1']) expect(inviteCodeIn(`ABCD-EFG${confusable}`)).toBeNull()
  })
})
