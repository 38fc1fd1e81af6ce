import type { ScanDiagnostic, ScanProblem } from '../../schemas/scan'

/** What every decoder returns: bad input from a device is an answer with a diagnostic, never a throw. */
export type ScanDecodeResult<T> = { ok: true; value: T } | { ok: false; diagnostic: ScanDiagnostic }

export function decoded<T>(value: T): ScanDecodeResult<T> {
  return { ok: true, value }
}

export function undecodable(problem: ScanProblem, message: string): ScanDecodeResult<never> {
  return { ok: false, diagnostic: { problem, message } }
}

/** Shows untrusted text in a diagnostic without letting a flood or control characters through. */
export function quoteInput(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text
  return JSON.stringify(shown)
}
