/** Accepts what a visitor types or a scanner sends: any case, with or without the dash. */
export function normalizeInviteCode(input: string): string {
  return input.trim().toUpperCase().replace(/[\s-]/g, '')
}

/** `K7PQ4X2M` → `K7PQ-4X2M`, easier to read aloud and to type. */
export function formatInviteCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code
}

/** The invitation code in what was typed or scanned: 8 characters of main's alphabet, which leaves out I, L, O, 0 and 1. */
export function inviteCodeIn(input: string): string | null {
  const normalized = normalizeInviteCode(input)
  return /^[A-HJKMNP-Z2-9]{8}$/.test(normalized) ? normalized : null
}
