/** Case, accents and spacing do not make a different person. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * The first character as a reader sees it: an emoji with its skin tone or joined parts, a letter with
 * its accents. Cutting by UTF-16 unit instead would leave half a surrogate pair on the screen.
 */
export function firstGrapheme(text: string): string {
  for (const { segment } of graphemes.segment(text)) return segment
  return ''
}

/** At most `maxUnits` UTF-16 units of the text, cut between characters as a reader sees them. */
export function cutAtGrapheme(text: string, maxUnits: number): string {
  let cut = ''
  for (const { segment } of graphemes.segment(text)) {
    if (cut.length + segment.length > maxUnits) break
    cut += segment
  }
  return cut
}
