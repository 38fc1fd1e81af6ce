import unhomoglyph from 'unhomoglyph'
import type { DenyList } from '../schemas/visit-policy'

/** Zero-width and other invisible characters (Unicode's default-ignorables), and combining marks. */
const invisibleOrMark = /[\p{Default_Ignorable_Code_Point}\p{M}]/gu

/** Text as it looks: compatibility forms folded (NFKC: "ﬁ", full-width letters), then invisibles and accents dropped. */
function visibleText(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(invisibleOrMark, '')
}

/**
 * A name as it looks, for comparing only ("m" becomes "rn"): letters that look alike — Cyrillic "а",
 * Greek "ο", a capital "I" for an "l" — become the same, by the confusable prototypes of Unicode TR39
 * (its confusables.txt, as packaged by unhomoglyph). That data is case-sensitive, so the skeleton is
 * taken before lower-casing ("I" looks like "l" but lower-cases to "i") and again after ("M" and "m"
 * must both reach "rn").
 */
export function nameSkeleton(name: string): string {
  const lowered = visibleText(unhomoglyph(visibleText(name))).toLowerCase()
  return visibleText(unhomoglyph(lowered)).toLowerCase()
}

/**
 * Words that do not tell people apart, as skeletons like the words they are compared with: initials
 * (a "W." is "vv" by then), titles and suffixes.
 */
const untellingWords = new Set([...'abcdefghijklmnopqrstuvwxyz', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'jr', 'sr', 'ii', 'iii'].map(nameSkeleton))

/**
 * The telling words of a name: split at anything but letters and digits (so "Ada-Lovelace" and
 * "Ada Lovelace-" are two words), without words with no letter ("22"), initials, titles or suffixes.
 */
function tellingWordsOf(name: string): string[] {
  return nameSkeleton(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => /\p{L}/u.test(word) && word.length > 1 && !untellingWords.has(word))
}

/**
 * Whether a visitor's name names a listed person: the entry's first and last telling word both appear
 * in it, in any order ("Lovelace Ada", "Ada Lovelace PhD", "Ada B. Lovelace", "Ada Lovelace-Byron").
 * A deny list errs towards holding: a held visitor only waits for reception, while a missed one walks in.
 * A one-word entry ("Mallory") holds only a one-word name, or it would hold every Mallory.
 */
function namesListedPerson(entry: string, visitorWords: readonly string[]): boolean {
  const listed = tellingWordsOf(entry)
  const first = listed[0]
  const last = listed.at(-1)
  if (first === undefined || last === undefined) return false
  if (listed.length === 1) return visitorWords.length === 1 && visitorWords[0] === first
  return visitorWords.includes(first) && visitorWords.includes(last)
}

/** An address's mailbox without its `+tag` (mail to "ada+x@" reaches "ada@"), and its domain. */
function addressOf(email: string): { mailbox: string; domain: string } | null {
  const text = visibleText(email).trim().toLowerCase()
  const at = text.lastIndexOf('@')
  if (at < 0) return null
  return { mailbox: text.slice(0, at).split('+')[0] ?? '', domain: text.slice(at + 1).replace(/\.$/, '') }
}

function matchesEmail(entry: string, email: string): boolean {
  const listed = addressOf(entry)
  const given = addressOf(email)
  if (!listed || !given || !listed.domain) return false
  if (listed.mailbox === '') return given.domain === listed.domain || given.domain.endsWith(`.${listed.domain}`)
  return given.mailbox === listed.mailbox && given.domain === listed.domain
}

/**
 * Whether a visitor matches the deny list: a name holding the listed first and last name as they look
 * (invisible characters, accents, look-alike letters, punctuation and word order do not count), an address whatever its
 * `+tag`, or an `@domain` entry, which covers its sub-domains too. A match holds the check-in for
 * reception; the visitor is never told why. Addresses are not reduced to skeletons: the visitor
 * form accepts only ASCII addresses, where "rn" and "m" are different mailboxes.
 */
export function matchesDenyList(list: DenyList, visitor: { name: string; email?: string | undefined }): boolean {
  const visitorWords = tellingWordsOf(visitor.name)
  if (list.names.some((entry) => namesListedPerson(entry, visitorWords))) return true
  const email = visitor.email
  return email !== undefined && email.trim() !== '' && list.emails.some((entry) => matchesEmail(entry, email))
}
