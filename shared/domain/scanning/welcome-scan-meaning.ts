import { inviteCodeIn } from '../invite-code'

/** What a scan at the welcome screen asks for: an invitation's check-in, a pass's check-out, or nothing known. */
export type WelcomeScanMeaning = { kind: 'invite'; inviteCode: string } | { kind: 'pass'; passUrl: string } | { kind: 'unknown' }

/**
 * Reads a scanned value as the kiosk's own codes: an invitation code (printed or e-mailed as `K7PQ-4X2M`)
 * or a visitor pass, whose QR code is the access link's web address. Main decides whether a pass is one
 * of its own visits; here only the shape is read, so anything else gets the neutral message.
 */
export function welcomeScanMeaning(value: string): WelcomeScanMeaning {
  const text = value.trim()
  const inviteCode = inviteCodeIn(text)
  if (inviteCode) return { kind: 'invite', inviteCode }
  if (/^https?:\/\/\S+$/i.test(text)) return { kind: 'pass', passUrl: text }
  return { kind: 'unknown' }
}
