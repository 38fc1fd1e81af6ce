import type { ReaderActivity } from '@shared/schemas/reader-activity'

/** A few different cards tell formats apart; older values may predate the format in use. */
const samplesKept = 5

/**
 * A HID reader's last distinct values, newest first, as auto-detect samples: what its scans read and
 * the lines its problems kept (a card read under the wrong format is exactly what needs a suggestion).
 */
export function recentReaderValues(activity: ReaderActivity | undefined): string[] {
  const values = (activity?.results ?? []).flatMap((result) => {
    if (result.kind === 'scan') return [result.raw]
    return result.line ? [result.line] : []
  })
  return [...new Set(values.reverse())].slice(0, samplesKept)
}
