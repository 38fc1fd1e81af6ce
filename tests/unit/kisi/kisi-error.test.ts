import { describe, expect, it } from 'vitest'
import { AppError, failedBecause } from '@shared/errors'
import { kisiErrorCatalog } from '../../../electron/services/kisi/kisi-error-catalog'
import { isTransientKisiFailure, isUnansweredWrite, kisiErrorFromResponse, localKisiError, refusedForMissingGroup } from '../../../electron/services/kisi/kisi-error'

/** Every code in Kisi's published error table (docs.kisi.io, "Error codes"). */
const publishedCodes = `afc507 afc546 afc516 afc536 afc526 afc496 ffffff faa9ff faa9ef cabbeb facced f29aef f298cf f298df f298bf
  f01337 fcd8ef fcd8ff 34bd8f 34ffaa f35ade f358de f398de bb4fff bb4bff bb5bff bb4faa bbc93f a7793f a3799f a3793f bbb99f
  bbb93f a3995f fad001 fad002 fad105 fad10e fad110 ff420a fad108 fac001 fac002 fac003 fac004 ecc123 fbc000 fad10f fad106
  fad107 fad112 fad121 fad122 fad123 fad124 fad334 fad137 fad146 aaa345 fad126 fad129 adf234 fad144 abbb11 abcc11 abdd11
  abee11 abfe11 abff11`.split(/\s+/)

describe('Kisi error mapping', () => {
  it.each(publishedCodes)('has plain words and a hint for %s', (code) => {
    const error = kisiErrorFromResponse(403, { error: 'raw', code })
    expect(error.code).toBe(code)
    expect(error.message).toBe(kisiErrorCatalog[code]?.message)
    expect(error.message).not.toBe('raw')
    expect(error.hint.length).toBeGreaterThan(5)
  })

  it('explains the Kisi Reader Restriction, also for the "bb5bbff" users report', () => {
    for (const code of ['bb5bff', 'bb5bbff', 'bb4faa']) {
      const error = kisiErrorFromResponse(403, { error: 'No nearby Kisi reader found.', code })
      expect(error.message).toContain('Kisi Reader Restriction')
      expect(error.hint).toMatch(/Turn off the Kisi Reader Restriction where it is on, in the door's own settings or its group's/)
    }
  })

  it('says a 401 means the key is no longer valid and asks staff to reconnect', () => {
    const error = kisiErrorFromResponse(401, { error: 'Unauthorized', code: '000401' })
    expect(error.status).toBe(401)
    expect(error.message).toBe('The Kisi API key is no longer valid.')
    expect(error.hint).toMatch(/changed Kisi password.*reconnect/i)
  })

  it('keeps the credential wording for sign-in refusals', () => {
    expect(kisiErrorFromResponse(401, { error: 'x', code: 'afc516' }).message).toBe('The Kisi e-mail address or password is wrong.')
    expect(kisiErrorFromResponse(401, { error: 'x', code: 'afc526' }).message).toMatch(/two-factor/)
  })

  it('carries 422 field messages', () => {
    const error = kisiErrorFromResponse(422, { errors: { email: ["can't be blank or invalid"], name: 'too long' } })
    expect(error.fields).toEqual({ email: ["can't be blank or invalid"], name: ['too long'] })
    expect(error.message).toBe('Kisi did not accept the data.')
  })

  it('falls back to the status, or Kisi’s own text, for unknown codes', () => {
    expect(kisiErrorFromResponse(404, { error: 'Not found', code: 'abc123' }).message).toMatch(/could not find/)
    expect(kisiErrorFromResponse(418, { error: 'I am a teapot', code: 'tea' }).message).toBe('Kisi refused: I am a teapot')
    expect(kisiErrorFromResponse(502, '<html>Bad gateway</html>')).toMatchObject({ code: 'server', message: 'Kisi is having problems right now.' })
  })

  it('words failures that never reached Kisi', () => {
    expect(localKisiError('network', 'ECONNREFUSED')).toMatchObject({ status: null, code: 'network', message: 'The kiosk cannot reach Kisi. (ECONNREFUSED)' })
    expect(localKisiError('not_connected').hint).toMatch(/connect Kisi on the Kisi tab/)
  })

  it('tells failures worth waiting out (no answer, Kisi busy, no usable key yet) from refusals that stay', () => {
    const waitFor = [
      localKisiError('timeout'),
      localKisiError('network'),
      kisiErrorFromResponse(503, { code: 'ffffff' }),
      kisiErrorFromResponse(429, {}),
      kisiErrorFromResponse(401, { code: '000401' }),
      failedBecause('kisi_not_connected', 'kisiNotConnected', {}, 'Kisi is not connected'),
    ]
    for (const error of waitFor) expect(isTransientKisiFailure(error), error.message).toBe(true)
    const refusals = [kisiErrorFromResponse(403, { code: 'afc496' }), kisiErrorFromResponse(422, {}), localKisiError('cancelled'), new AppError('internal', 'bug'), new Error('bug')]
    for (const error of refusals) expect(isTransientKisiFailure(error), error.message).toBe(false)
  })

  it('tells a write Kisi may still carry out late (no answer from Kisi itself) from one it answered', () => {
    for (const error of [localKisiError('timeout'), localKisiError('network'), localKisiError('cancelled'), kisiErrorFromResponse(504, {}), kisiErrorFromResponse(502, {})]) {
      expect(isUnansweredWrite(error), error.code).toBe(true)
    }
    const answered = [kisiErrorFromResponse(503, { code: 'ffffff' }), kisiErrorFromResponse(500, {}), kisiErrorFromResponse(429, {}), localKisiError('not_connected'), localKisiError('invalid_response')]
    for (const error of answered) expect(isUnansweredWrite(error), error.code).toBe(false)
  })

  it('recognises a link refused because its group is gone: 404, or 422 naming the group', () => {
    expect(refusedForMissingGroup(kisiErrorFromResponse(404, { code: '000404' }))).toBe(true)
    expect(refusedForMissingGroup(kisiErrorFromResponse(422, { errors: { group: ['must exist'] } }))).toBe(true)
    expect(refusedForMissingGroup(kisiErrorFromResponse(422, { errors: { valid_until: ['must be after valid_from'] } }))).toBe(false)
    expect(refusedForMissingGroup(kisiErrorFromResponse(403, { code: 'afc496' }))).toBe(false)
    expect(refusedForMissingGroup(new Error('404'))).toBe(false)
  })
})
