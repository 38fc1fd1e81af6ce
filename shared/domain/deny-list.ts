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

/** The words of a name, "Lovelace, Ada" read as "Ada Lovelace". */
function wordsOf(skeleton: string): string[] {
  const parts = skeleton.split(',')
  const ordered = parts.length === 2 ? `${parts[1]} ${parts[0]}` : skeleton
  return ordered.split(/[^\p{L}\p{N}'-]+/u).filter((word) => word.length > 0)
}

/**
 * Who a name names: its first and last word. Middle names and initials ("Ada B. Lovelace"), titles
 * and suffixes ("Dr", "Jr") are left out, so adding one does not make another person. A double
 * surname ("Lovelace-Byron") is a different last word, so a different person: the list must name it.
 */
function personKey(name: string): string {
  const words = wordsOf(nameSkeleton(name))
  const telling = words.filter((word) => word.length > 1 && !untellingWords.has(word))
  const chosen = telling.length > 0 ? telling : words
  if (chosen.length <= 1) return chosen[0] ?? ''
  return `${chosen[0]} ${chosen.at(-1)}`
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
 * Whether a visitor matches the deny list: a name with the same first and last name as it looks
 * (invisible characters, accents and look-alike letters do not count), an address whatever its
 * `+tag`, or an `@domain` entry, which covers its sub-domains too. A match holds the check-in for
 * reception; the visitor is never told why. Addresses are not reduced to skeletons: the visitor
 * form accepts only ASCII addresses, where "rn" and "m" are different mailboxes.
 */
export function matchesDenyList(list: DenyList, visitor: { name: string; email?: string | undefined }): boolean {
  const person = personKey(visitor.name)
  if (person !== '' && list.names.some((entry) => personKey(entry) === person)) return true
  const email = visitor.email
  return email !== undefined && email.trim() !== '' && list.emails.some((entry) => matchesEmail(entry, email))
}
