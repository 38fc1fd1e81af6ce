import { describe, expect, it } from 'vitest'
import { fieldProblemsOf } from '@shared/field-messages'
import { badgeEnrolRequestSchema, badgeSchema } from '@shared/schemas/badge'

const problems = (value: unknown) => {
  const parsed = badgeSchema.safeParse(value)
  return parsed.success ? {} : fieldProblemsOf(parsed.error.issues)
}

describe('a badge as reception types it', () => {
  it('takes each format up to the largest numbers its bits hold', () => {
    expect(problems({ format: 'h10301', facilityCode: 255, cardNumber: 65_535 })).toEqual({})
    expect(problems({ format: 'corporate1000_35', facilityCode: 4095, cardNumber: 1_048_575 })).toEqual({})
    expect(problems({ format: 'h10304', facilityCode: 65_535, cardNumber: 524_287 })).toEqual({})
    expect(problems({ format: 'h10301', facilityCode: 0, cardNumber: 0 })).toEqual({})
  })

  it('refuses numbers one beyond the format, naming each field', () => {
    expect(problems({ format: 'h10301', facilityCode: 256, cardNumber: 65_536 })).toEqual({ facilityCode: ['facilityCodeOfFormat'], cardNumber: ['cardNumberOfFormat'] })
    expect(problems({ format: 'corporate1000_35', facilityCode: 4096, cardNumber: 1 })).toEqual({ facilityCode: ['facilityCodeOfFormat'] })
    expect(problems({ format: 'h10304', facilityCode: 1, cardNumber: 524_288 })).toEqual({ cardNumber: ['cardNumberOfFormat'] })
  })

  it('shows a number too large beside another field that is not a number at all', () => {
    expect(problems({ format: 'h10301', facilityCode: 1000, cardNumber: Number.NaN })).toEqual({ facilityCode: ['facilityCodeOfFormat'], cardNumber: ['cardNumberOfFormat'] })
    expect(problems({ format: 'h10301', facilityCode: -1, cardNumber: 1.5 })).toEqual({ facilityCode: ['facilityCodeOfFormat'], cardNumber: ['cardNumberOfFormat'] })
  })

  it('refuses an unknown format, unknown keys and a person id that is not one', () => {
    expect(Object.keys(problems({ format: 'em4100', facilityCode: 1, cardNumber: 1 }))).toEqual(['format'])
    expect(Object.keys(problems({ format: 'h10301', facilityCode: 1, cardNumber: 1, userId: 3 }))).toEqual(['(request)'])
    expect(badgeEnrolRequestSchema.safeParse({ format: 'h10301', facilityCode: 1, cardNumber: 1, userId: 0 }).success).toBe(false)
    expect(badgeEnrolRequestSchema.safeParse({ format: 'h10301', facilityCode: 256, cardNumber: 1, userId: 3 }).success).toBe(false)
  })
})
