import { describe, expect, it } from 'vitest'
import { firstGrapheme } from '@shared/domain/person-name'
import { maskName } from '../../../electron/services/visits/visit-search'

/** A lone surrogate half (what cutting an emoji by UTF-16 unit leaves) is not well-formed text. */
const isWellFormed = (text: string): boolean => !/\p{Surrogate}/u.test(text)

describe('maskName', () => {
  it('keeps the first name and the initial of the last', () => {
    expect(maskName('  Ada   Lovelace ')).toBe('Ada L.')
    expect(maskName('grace brewster hopper')).toBe('grace H.')
    expect(maskName('Plato')).toBe('Plato')
  })

  it('masks by grapheme, never by UTF-16 unit (the issue’s "ليلى \\ud83d.")', () => {
    const masked = maskName('ليلى 😀')
    expect(masked).toBe('ليلى 😀.')
    expect(isWellFormed(masked)).toBe(true)
  })

  it('keeps emoji sequences and accents whole', () => {
    expect(maskName('Ada 👩🏽‍💻 Lovelace')).toBe('Ada L.')
    expect(maskName('ليلى 👩🏽‍💻')).toBe('ليلى 👩🏽‍💻.')
    expect(maskName('Zoe e\u0301clair')).toBe('Zoe E\u0301.')
    expect(maskName('Amina 🇸🇳')).toBe('Amina 🇸🇳.')
  })
})

describe('firstGrapheme', () => {
  it('is the first character as a reader sees it, or nothing for nothing', () => {
    expect(firstGrapheme('👨‍👩‍👧 family')).toBe('👨‍👩‍👧')
    expect(firstGrapheme('')).toBe('')
  })
})
