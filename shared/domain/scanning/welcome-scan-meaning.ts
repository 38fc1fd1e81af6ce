import { inviteCodeIn } from '../invite-code'
import { passSecretIn } from '../pass-address'

/** What a scan at the welcome screen asks for: an invitation's check-in, a pass's check-out, or nothing known. */
export type WelcomeScanMeaning = { kind: 'invite'; inviteCode: string } | { kind: 'pass'; passUrl: string } | { kind: 'unknown' }

/**
 * Reads a scanned value as the kiosk's own codes: an invitation code (printed or e-mailed as `K7PQ-4X2M`)
 * or a visitor pass, whose QR code is an access link's web address under the kiosk's link base. Main
 * decides whether a pass is one of its own visits; here only the shape is read, so anything else (a
 * product's QR code, a web page) gets the neutral message.
 */
export function welcomeScanMeaning(value: string, linkBase: string): WelcomeScanMeaning {
  const text = value.trim()
  const inviteCode = inviteCodeIn(text)
  if (inviteCode) return { kind: 'invite', inviteCode }
  if (passSecretIn(text, linkBase) !== null) return { kind: 'pass', passUrl: text }
  return { kind: 'unknown' }
}
