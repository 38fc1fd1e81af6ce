import type { Millis } from './sandbox-model'

/** Kisi's examples show UTC with whole seconds ("2022-10-06T13:49:35Z"), so the sandbox sends that form. */
export function wireTime(time: Millis): string {
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

export function wireTimeOrNull(time: Millis | null): string | null {
  return time === null ? null : wireTime(time)
}
