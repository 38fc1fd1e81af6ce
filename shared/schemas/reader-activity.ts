import { z } from 'zod'
import { hidReaderIdSchema } from './hid-reader'
import { decodedScanSchema, parityResults, scanDiagnosticSchema } from './scan'

/** How much of a reader's recent past the set-up page sees; bounded so a flood cannot grow memory. */
export const readerActivityLimits = { reports: 40, results: 20 } as const

/** The longest value a result carries, as long as the longest code a reader value may be. */
export const maxReaderValueLength = 512

/** node-hid reads at most 2048 bytes a report, shown as two hex digits and a space each. */
const maxReportHexLength = 2048 * 3

/** One raw report as read, in hex bytes (`00 00 1e 00 00 00 00 00`), for an installer to compare with the manual. */
export const readerReportSchema = z.object({ at: z.iso.datetime(), hex: z.string().max(maxReportHexLength) })
export type ReaderReport = z.infer<typeof readerReportSchema>

/** What the reports made: a scan (also one left out as a repeat) or a problem. */
export const readerResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scan'),
    at: z.iso.datetime(),
    raw: z.string().max(maxReaderValueLength),
    decoded: decodedScanSchema,
    parity: z.enum(parityResults),
    /** Left out as the same value read again within the repeat window: no event went out. */
    repeat: z.boolean(),
  }),
  z.object({
    kind: z.literal('problem'),
    at: z.iso.datetime(),
    problem: scanDiagnosticSchema,
    /** The value as the reader sent it (framing off if it could be), for auto-detect; absent when no report could be read. */
    line: z.string().max(maxReaderValueLength).optional(),
  }),
])
export type ReaderResult = z.infer<typeof readerResultSchema>

/** A chosen HID reader's last reports and results, oldest first, for the reader set-up page. */
export const readerActivitySchema = z.object({
  readerId: hidReaderIdSchema,
  reports: z.array(readerReportSchema).max(readerActivityLimits.reports),
  results: z.array(readerResultSchema).max(readerActivityLimits.results),
})
export type ReaderActivity = z.infer<typeof readerActivitySchema>
