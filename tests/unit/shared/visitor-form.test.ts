import { describe, expect, it } from 'vitest'
import { visitorFieldMaxLength, visitorFormSchema } from '@shared/domain/visitor-form'

const contractor = visitorFormSchema({ fields: { email: 'required', phone: 'optional', company: 'off', host: 'required', purpose: 'off' } })
const messages = (input: unknown): Record<string, string | undefined> => {
  const result = contractor.safeParse(input)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]))
}

describe('visitorFormSchema', () => {
  it('asks for the fields the visit type turns on, with a message id per missing field', () => {
    expect(messages({})).toEqual({
      name: 'enterFullName',
      email: 'enterYourEmail',
      host: 'enterHostName',
    })
  })

  it('trims what was typed and leaves an empty optional field out', () => {
    expect(contractor.parse({ name: '  Ada Lovelace ', email: 'ada@example.com ', phone: '  ', host: 'Grace' })).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      host: 'Grace',
    })
  })

  it('explains a malformed e-mail address or phone number by example', () => {
    expect(messages({ name: 'Ada Lovelace', email: 'ada@', phone: 'call me', host: 'Grace' })).toEqual({
      email: 'emailLikeExample',
      phone: 'phoneLikeExample',
    })
  })

  it('refuses a field the type turned off, so nothing unasked is stored', () => {
    expect(contractor.safeParse({ name: 'Ada Lovelace', email: 'ada@example.com', host: 'Grace', company: 'ACME' }).success).toBe(false)
  })

  it('wants at least one letter in a name, in any script: emoji or punctuation alone are refused', () => {
    expect(messages({ name: '😀😀', email: 'ada@example.com', host: 'Grace' })).toEqual({ name: 'nameNeedsLetter' })
    expect(messages({ name: '🙂 🙂 !!', email: 'ada@example.com', host: 'Grace' })).toEqual({ name: 'nameNeedsLetter' })
    expect(messages({ name: 'ليلى 😀', email: 'ada@example.com', host: 'Grace' })).toEqual({})
    expect(messages({ name: '李雷', email: 'ada@example.com', host: 'Grace' })).toEqual({})
  })

  it('holds a name to the one limit the form also uses (100 characters)', () => {
    expect(visitorFieldMaxLength.name).toBe(100)
    expect(messages({ name: 'A'.repeat(100), email: 'ada@example.com', host: 'Grace' })).toEqual({})
    expect(messages({ name: 'A'.repeat(101), email: 'ada@example.com', host: 'Grace' })).toEqual({ name: 'atMost100Characters' })
    expect(messages({ name: 'Ada', email: `${'a'.repeat(190)}@example.com`, host: 'Grace' })).toEqual({ email: 'atMost200Characters' })
  })
})
