/**
 * Rows of text as a CSV file that spreadsheets open safely and correctly.
 *
 * - A UTF-8 byte order mark comes first: without it Excel reads the file as the machine's legacy code
 *   page and mangles names such as "Zoë" or "Łukasz".
 * - RFC 4180: records end in CRLF; a field holding a comma, a double quote, CR or LF is quoted, and
 *   its double quotes are doubled.
 * - Formula injection (OWASP "CSV Injection"): a visitor types their own name, so a cell starting with
 *   `=`, `+`, `-`, `@`, a tab or CR could run as a formula when a manager opens the file. Such a cell
 *   gets a leading apostrophe, which spreadsheets show as text instead of evaluating. A cell that is a
 *   plain decimal number (`-12`, `+3.5`) is left alone: it cannot be a formula, and a spreadsheet should
 *   read it as the number. Anything else keeps its apostrophe visibly — a visitor named "-Anna" reads
 *   `'-Anna` — which is the honest trace that the cell was neutralised.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvTable(rows: readonly (readonly string[])[]): string {
  const lines = new Array<string>(rows.length)
  for (let index = 0; index < rows.length; index += 1) lines[index] = (rows[index] ?? []).map(csvField).join(',')
  return `${byteOrderMark}${lines.join(lineEnd)}${rows.length > 0 ? lineEnd : ''}`
}

/** One cell as it stands in the file: neutralised against formulas first, then quoted when it must be. */
export function csvField(value: string): string {
  const safe = neutralised(value)
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

const byteOrderMark = '\uFEFF'
const lineEnd = '\r\n'
const needsQuotes = /[",\r\n]/
const formulaStart = /^[=+\-@\t\r]/
const plainNumber = /^[+-]?\d+(\.\d+)?$/

function neutralised(value: string): string {
  return formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value
}
