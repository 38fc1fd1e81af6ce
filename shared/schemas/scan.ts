import { z } from 'zod'

/**
 * The Wiegand card formats the kiosk decodes with parity. The names follow Kisi's card types
 * (`third_party_lf_hid_<format>`), so enrolment needs no second table.
 */
export const wiegandFormats = ['h10301', 'corporate1000_35', 'h10304'] as const
export type WiegandFormat = (typeof wiegandFormats)[number]
export const wiegandFormatSchema = z.enum(wiegandFormats)

/** `not-checked`: the reader sent no whole frame (`FC:CN`, a bare number), so parity was stripped before us. */
export const parityResults = ['ok', 'failed', 'not-checked'] as const
export type ParityResult = (typeof parityResults)[number]

/** What the kiosk could not make of a report, a key burst or a line; `message` is an English line for logs. */
export const scanProblems = [
  'report-too-short',
  'report-id-mismatch',
  'line-dropped-idle',
  'line-too-long',
  'not-hid-pos',
  'empty-value',
  'framing-mismatch',
  'not-a-number',
  'not-hex',
  'not-bits',
  'wrong-bit-length',
  'bad-fill-bits',
  'out-of-range',
  'not-printable',
  /** A whole frame whose parity bits disagree: still a scan (the UI says so), and noted on the reader. */
  'parity-failed',
] as const
export type ScanProblem = (typeof scanProblems)[number]
export const scanDiagnosticSchema = z.object({ problem: z.enum(scanProblems), message: z.string().max(300) })
export type ScanDiagnostic = z.infer<typeof scanDiagnosticSchema>

const cardSchema = z.object({
  kind: z.literal('card'),
  format: wiegandFormatSchema,
  /** Null when the reader sends the card number only and no site facility code is configured. */
  facilityCode: z.int().min(0).max(65_535).nullable(),
  cardNumber: z.int().min(0).max(1_048_575),
})
const codeSchema = z.object({ kind: z.literal('code'), text: z.string().min(1).max(512) })
export const decodedScanSchema = z.discriminatedUnion('kind', [cardSchema, codeSchema])
export type DecodedScan = z.infer<typeof decodedScanSchema>

/** The one event both input paths give the renderer (DESIGN.md "Badge scanners"). */
export const scanEventSchema = z.object({
  source: z.enum(['keyboard', 'hid']),
  readerId: z.string().min(1).max(200),
  /** The value as the reader sent it, framing removed, before decoding. */
  raw: z.string().max(512),
  decoded: decodedScanSchema,
  parity: z.enum(parityResults),
  at: z.iso.datetime(),
})
export type ScanEvent = z.infer<typeof scanEventSchema>

/**
 * What a reader types or reports, set per reader at set-up (a number alone does not reveal its format,
 * research/hid.md §4.4). A whole Wiegand frame is the only output whose parity can be checked.
 */
export const readerOutputFormatSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('wiegand-frame'),
    /** `pacs-hex`: OMNIKEY's PACS hex with its leading byte counting the filler bits. */
    encoding: z.enum(['hex', 'decimal', 'bits', 'pacs-hex']),
    format: wiegandFormatSchema,
  }),
  z.object({ kind: z.literal('facility-and-card'), separator: z.enum([':', '-']), cardFormat: wiegandFormatSchema }),
  z.object({
    kind: z.literal('card-number'),
    cardFormat: wiegandFormatSchema,
    /** The site's facility code, for readers set to strip it; null when cards are looked up by number only. */
    facilityCode: z.int().min(0).max(65_535).nullable(),
  }),
  z.object({ kind: z.literal('text') }),
])
export type ReaderOutputFormat = z.infer<typeof readerOutputFormatSchema>

/**
 * One framing key: a single character as typed on a US layout position, or a function key named by
 * its `KeyboardEvent.code` (`F12`): what readers and scanners send as lead or trail characters.
 */
export const framingKeySchema = z.union([z.string().length(1), z.string().regex(/^F([1-9]|1\d|2[0-4])$/)])
export const readerFramingSchema = z.object({
  prefix: z.array(framingKeySchema).max(4).default([]),
  suffix: z.array(framingKeySchema).max(4).default([]),
})
export type ReaderFraming = z.infer<typeof readerFramingSchema>

/**
 * How a keyboard-wedge burst is told from a person typing. The defaults accept a pcProx (~40 ms a
 * key) and a Zebra scanner in keyboard mode (~80 ms, peaks of 100 ms); a person's keys come further apart.
 */
export const keyboardTimingSchema = z.object({
  maxGapMs: z.int().min(5).max(500).default(100),
  minLength: z.int().min(1).max(64).default(4),
  maxLength: z.int().min(1).max(512).default(64),
  idleResetMs: z.int().min(50).max(5_000).default(250),
  acceptTab: z.boolean().default(false),
  /** A reader with a prefix may type slower: after its prefix a burst is a scan whatever its timing. */
  prefixOverridesTiming: z.boolean().default(false),
  /** How long a prefixed burst may go quiet before it is given up, when the prefix overrides timing. */
  prefixedIdleResetMs: z.int().min(50).max(10_000).default(1_500),
})
export type KeyboardTiming = z.infer<typeof keyboardTimingSchema>

/** Everything the kiosk needs to read one reader: its output format, framing and keyboard timing. */
export const readerOutputSettingSchema = z.object({
  format: readerOutputFormatSchema,
  framing: readerFramingSchema.default({ prefix: [], suffix: [] }),
  timing: keyboardTimingSchema.default(keyboardTimingSchema.parse({})),
})
export type ReaderOutputSetting = z.infer<typeof readerOutputSettingSchema>
