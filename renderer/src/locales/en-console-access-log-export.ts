import type { AccessLogKind, AccessLogOutcome, AccessLogSource } from '@shared/schemas/access-log'

/** Texts of the access log's export: the CSV's column and cell words, the buttons, the printed day report. */
export const enConsoleAccessLogExport = {
  accessLogExport: {
    columns: { time: 'Time', kind: 'What', outcome: 'Outcome', door: 'Door', person: 'Person', detail: 'Detail', source: 'Source' },
    kinds: {
      unlock: 'Door unlock',
      'kisi-other': 'Other Kisi event',
      'check-in': 'Check-in',
      approval: 'Approved by reception',
      'held-for-approval': 'Held for approval',
      denied: 'Denied (deny list)',
      'check-out': 'Check-out',
      cancelled: 'Visit cancelled',
      'link-issued': 'Access link issued',
      'link-revoked': 'Access link revoked',
      'marked-safe': 'Marked safe',
      'staff-action': 'Staff action',
    } satisfies Record<AccessLogKind, string>,
    outcomes: { succeeded: 'Succeeded', held: 'Held', refused: 'Refused', failed: 'Failed' } satisfies Record<AccessLogOutcome, string>,
    sources: { kisi: 'Kisi', kiosk: 'Kiosk', staff: 'Staff' } satisfies Record<AccessLogSource, string>,
    exportCsv: 'Export CSV',
    exported: '{count} lines exported as {fileName}.',
    print: 'Print report',
    savePdf: 'Save report as PDF',
    pdfSaved: 'The report was saved as a PDF.',
    report: {
      title: 'Access log, {day}',
      filters: 'Filters: {filters}',
      noFilters: 'No filters: every line of the day.',
      printedAt: 'Printed {time}',
      counts: { lines: 'Lines', visitors: 'Visitors checked in', unlocks: 'Unlocks', denied: 'Denied attempts' },
      cut: 'Only the first {shown} of {total} lines are printed. Use "Export CSV" for all of them.',
      empty: 'No lines for this day and these filters.',
    },
  },
}
