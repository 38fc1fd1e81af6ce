import { randomInt } from 'node:crypto'

/** Letters and digits that cannot be mistaken for each other when read aloud or typed. */
export const readableAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const length = 8

/** An invite code such as `K7PQ4X2M`: 31⁸ possibilities, valid for the invited day only. */
export function newInviteCode(): string {
  return readableCode(length)
}

/** `length` characters of the readable alphabet, at random. */
export function readableCode(length: number): string {
  return Array.from({ length }, () => readableAlphabet[randomInt(readableAlphabet.length)]).join('')
}
