import { readableAlphabet, readableCode } from './invite-code-generator'

/**
 * A visit's pass code, e.g. `M2XA-K7QF`: the kiosk database's tag, then four characters of its own.
 * It is printed on the pass and ends the name of every Kisi link of the visit, which Kisi shows to
 * the link's holder: it is how the outbox finds a lost create again and how reconciliation tells
 * this kiosk's links (and a lost database's) from other kiosks'. The tag keeps two kiosks' codes
 * apart; the database keeps its own codes unique.
 */
export const passCodePattern = '[A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4}'

/** The tag of a kiosk database's pass codes: four readable characters drawn from its id. */
export function kioskTagOf(databaseId: string): string {
  let rest = Number.parseInt(databaseId.slice(0, 8), 16) || 0
  let tag = ''
  for (let index = 0; index < 4; index += 1) {
    tag += readableAlphabet[rest % readableAlphabet.length]
    rest = Math.floor(rest / readableAlphabet.length)
  }
  return tag
}

export function newPassCode(kioskTag: string): string {
  return `${kioskTag}-${readableCode(4)}`
}

/** Whether a link's key (see `parseLinkName`) is a pass code made under this kiosk tag. */
export function isPassCodeOf(key: string, kioskTag: string): boolean {
  return key.startsWith(`${kioskTag}-`)
}
