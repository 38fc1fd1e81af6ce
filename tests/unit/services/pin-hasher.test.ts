import { describe, expect, it } from 'vitest'
import { hashPin, verifyPin } from '../../../electron/services/staff/pin-hasher'

describe('PIN hashing', () => {
  it('stores an scrypt hash with its cost and a random salt, never the PIN', async () => {
    const [first, second] = await Promise.all([hashPin('2468'), hashPin('2468')])
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{44}$/)
    expect(first).not.toContain('2468')
    expect(first).not.toBe(second)
  })

  it('verifies the right PIN only', async () => {
    const stored = await hashPin('2468')
    expect(await verifyPin('2468', stored)).toBe(true)
    expect(await verifyPin('2469', stored)).toBe(false)
  })

  it('treats a damaged hash as a mismatch', async () => {
    for (const damaged of ['', 'plain', 'scrypt$1$2$3', 'scrypt$16384$8$1$c2FsdA==$c2hvcnQ=']) {
      expect(await verifyPin('2468', damaged)).toBe(false)
    }
  })
})
