import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/** scrypt cost: about 50 ms a hash here, slow enough to make guessing a stolen file costly. */
const cost = { N: 16384, r: 8, p: 1 } as const
const keyLength = 32

function derive(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, keyLength, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/** Stored as `scrypt$N$r$p$salt$hash` so the cost can be raised later without losing old PINs. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(pin, salt, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [, n, r, p, saltText, hashText] = parts as [string, string, string, string, string, string]
  const expected = Buffer.from(hashText, 'base64')
  if (expected.length !== keyLength) return false
  const key = await derive(pin, Buffer.from(saltText, 'base64'), { N: Number(n), r: Number(r), p: Number(p) })
  return timingSafeEqual(key, expected)
}
