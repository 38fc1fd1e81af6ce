import { describe, expect, it } from 'vitest'
import { visitorFormSchema } from '@shared/domain/visitor-form'

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
})
