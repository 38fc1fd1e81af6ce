import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppError, failedBecause } from '@shared/errors'
import { errorReasons, type ErrorReason } from '@shared/error-reasons'
import { startupNoticeParams, type StartupNoticeKind } from '@shared/ipc/system-calls'
import { fieldMessage } from '@shared/field-messages'
import { visitorFormSchema } from '@shared/domain/visitor-form'
import { fieldErrorsOf } from '@renderer/composables/field-errors'
import { translate } from '@renderer/i18n'
import { en } from '@renderer/locales/en'
import { describeDays } from '@renderer/words/describe-days'
import { describeError } from '@renderer/words/describe-error'
import { describeFinding } from '@renderer/words/describe-finding'

const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')

describe('the words of errors', () => {
  it('uses in each reason’s text only the parameters main sends for it', () => {
    for (const [reason, text] of Object.entries(en.errors.reasons)) {
      const declared: readonly string[] = errorReasons[reason as ErrorReason]
      expect(placeholdersOf(text).filter((name) => !declared.includes(name)), reason).toEqual([])
    }
  })

  it('says a reason in the locale’s words with its parameters, never main’s log line', () => {
    const closed = failedBecause('not_available', 'checkInClosed', { visitType: 'Guest', days: '1,2,3,4,5', from: '08:00', until: '18:00' }, 'log line only')
    expect(describeError(closed)).toBe('Guest check-in is open Monday to Friday, 08:00–18:00. Please see reception.')
    expect(describeError(AppError.fromShape({ code: 'not_available', message: 'log line only', reason: 'visitTypeUnavailable' }))).not.toContain('log line')
  })

  it('picks the plural form from a count', () => {
    expect(describeError(failedBecause('pin_incorrect', 'pinIncorrect', { count: 1 }, 'x'))).toBe('That PIN is not right. 1 try left before the PIN screen locks.')
    expect(describeError(failedBecause('pin_incorrect', 'pinIncorrect', { count: 3 }, 'x'))).toBe('That PIN is not right. 3 tries left before the PIN screen locks.')
  })

  it('words a moment in local time', () => {
    const latest = new Date()
    latest.setHours(17, 45, 0, 0)
    const refused = failedBecause('invalid_request', 'extendBeyondMaximum', { visitType: 'Guest', maxHours: 8, latest: latest.toISOString() }, 'x')
    expect(describeError(refused)).toBe('Guest access may last at most 8 hours from now, until 17:45.')
  })

  it('falls back to the code’s words without a reason, and for anything that is not an AppError', () => {
    expect(describeError(new AppError('unavailable', 'The kiosk service did not answer.'))).toBe('The kiosk service is not responding. Please see reception.')
    expect(describeError(new TypeError('x is undefined'))).toBe('Something went wrong in the kiosk. Please try again, or ask reception for help.')
  })
})

describe('the words of notices', () => {
  it('use in each notice’s text only the facts main sends for it', () => {
    for (const [kind, text] of Object.entries(en.console.noticeTexts)) {
      const declared: readonly string[] = startupNoticeParams[kind as StartupNoticeKind]
      expect(placeholdersOf(text).filter((name) => !declared.includes(name)), kind).toEqual([])
    }
  })

  it('never ask to set the PINs again after a damaged settings file: the PINs come back, or PIN setup asks by itself', () => {
    for (const text of Object.values(en.console.noticeTexts)) expect(text).not.toMatch(/PINs? again/)
  })
})

describe('field errors', () => {
  it('name a field by its path from the request’s root, from a local check and from main alike', () => {
    const local = visitorFormSchema({ fields: { email: 'required', phone: 'off', company: 'off', host: 'off', purpose: 'off' } }).safeParse({ name: 'A', email: 'nope' })
    expect(local.success).toBe(false)
    expect(fieldErrorsOf(local.error, ['visitor'])).toEqual({
      'visitor.name': 'Enter your full name',
      'visitor.email': "Enter an e-mail address such as name@example.com",
    })
    const fromMain = new AppError('invalid_request', 'x', { fields: { 'visitor.email': [fieldMessage.emailLikeExample] } })
    expect(fieldErrorsOf(fromMain)).toEqual({ 'visitor.email': 'Enter an e-mail address such as name@example.com' })
  })

  it('keep Kisi’s own words for its fields, which are not ids', () => {
    expect(fieldErrorsOf(new AppError('kisi_refused', 'x', { fields: { email: ['has already been taken'] } }))).toEqual({ email: 'has already been taken' })
  })

  it('ignore what is neither an AppError nor a schema check', () => {
    expect(fieldErrorsOf(new Error('boom'))).toEqual({})
    expect(fieldErrorsOf(z.string().safeParse('ok').error)).toEqual({})
  })
})

describe('describeDays', () => {
  it('names runs, single days and scattered days in the reader’s language', () => {
    expect(describeDays([1, 2, 3, 4, 5, 6, 7], 'en', translate)).toBe('every day')
    expect(describeDays([5, 1, 2, 3, 4], 'en', translate)).toBe('Monday to Friday')
    expect(describeDays([3], 'en', translate)).toBe('on Wednesday')
    expect(describeDays([1, 3, 6], 'en', translate)).toBe('on Monday, Wednesday, and Saturday')
    expect(describeDays([6, 7], 'en', translate)).toBe('on Saturday and Sunday')
    expect(describeDays([1, 2, 3], 'de', translate)).toBe('Montag to Mittwoch')
  })
})

describe('text keys', () => {
  it('are checked when the renderer is compiled', () => {
    // @ts-expect-error a key the locale files do not have is a type error
    expect(translate('welcome.nonexistent')).toBe('welcome.nonexistent')
    expect(translate('welcome.greeting')).toBe('Welcome')
  })
})

describe('diagnosis findings', () => {
  it('are worded with their facts, Kisi’s hint as the fix of a refusal, and no fix where nothing is to be done', () => {
    const at = new Date()
    at.setHours(9, 15, 0, 0)
    const refusal = describeFinding({
      severity: 'warning',
      finding: 'lastRefusal',
      params: { person: 'Mia', door: 'Roof', at: at.toISOString(), kisiCode: 'bb5bff', kisiMessage: 'Reader restriction.', kisiHint: 'Turn it off.' },
    })
    expect(refusal).toEqual({ message: 'Kisi’s access log: Mia’s last unlock of Roof was refused on 09:15 (code bb5bff): Reader restriction.', fix: 'Turn it off.' })
    expect(describeFinding({ severity: 'ok', finding: 'canUnlock', params: { person: 'Mia', door: 'Roof', groups: ['Staff'] } })).toEqual({
      message: 'Mia can unlock Roof through Staff.',
      fix: null,
    })
  })
})
