/** Texts of the access log's export: the CSV's column words (its cells use the access log's kind, outcome and source words), the buttons, the printed day report. */
export const enConsoleAccessLogExport = {
  accessLogExport: {
    columns: { time: 'Time', kind: 'What', outcome: 'Outcome', door: 'Door', person: 'Person', detail: 'Detail', source: 'Source' },
    exportCsv: 'Export CSV',
    exported: '{fileName} made with {count} lines and handed to the browser to save.',
    waitForDay: 'Export and print wait until the whole day is loaded.',
    print: 'Print report',
    savePdf: 'Save report as PDF',
    pdfSaved: 'The report was saved as a PDF.',
    report: {
      title: 'Access log, {day}',
      filters: 'Filters: {filters}',
      noFilters: 'No filters: every line of the day.',
      printedAt: 'Printed {time}',
      counts: { lines: 'Lines', visitors: 'Visitors checked in', unlocks: 'Unlocks', deniedAttempts: 'Denied attempts' },
      cut: 'Only the first {shown} of {total} lines are printed. Use "Export CSV" for all of them.',
      empty: 'No lines for this day and these filters.',
    },
  },
}
