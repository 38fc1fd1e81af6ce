/**
 * Rows of text as a CSV file that spreadsheets open safely and correctly.
 *
 * - A UTF-8 byte order mark comes first: without it Excel reads the file as the machine's legacy code
 *   page and mangles names such as "Zoë" or "Łukasz".
 * - RFC 4180: records end in CRLF; every field is quoted and its double quotes are doubled. Quoting
 *   every field, not only those that need it, keeps a field that holds a `;` or a tab one cell when a
 *   German or French Excel splits on `;`.
 * - Formula injection (OWASP "CSV Injection"): a visitor types their own name, so a cell starting with
 *   `=`, `+`, `-` or `@` could run as a formula when a manager opens the file, and spreadsheets skip
 *   leading spaces, tabs and control characters (CR, LF, NBSP, a BOM) before they look. Such a cell
 *   gets a leading apostrophe, which spreadsheets show as text instead of evaluating. A cell that is a
 *   plain decimal number (`-12`, `+3.5`) is left alone: it cannot be a formula, and a spreadsheet should
 *   read it as the number. Anything else keeps its apostrophe visibly — a visitor named "-Anna" reads
 *   `'-Anna` — which is the honest trace that the cell was neutralised.
 * - An importer that splits on `;` or tab (regardless of the quotes) would start a new cell there, so
 *   a `;` or tab followed by a formula character gets an apostrophe after it: `x;=HYPERLINK(…)` reads
 *   `x;'=HYPERLINK(…)`.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvTable(rows: readonly (readonly string[])[]): string {
  const lines = new Array<string>(rows.length)
  for (let index = 0; index < rows.length; index += 1) lines[index] = (rows[index] ?? []).map(csvField).join(',')
  return `${byteOrderMark}${lines.join(lineEnd)}${rows.length > 0 ? lineEnd : ''}`
}

/** One cell as it stands in the file: neutralised against formulas first, then quoted. */
export function csvField(value: string): string {
  return `"${neutralised(value).replaceAll('"', '""')}"`
}

const byteOrderMark = '\uFEFF'
const lineEnd = '\r\n'
const formulaStart = /^[\s\u0000-\u001f\u00a0\ufeff]*[=+\-@]/
const formulaAfterSeparator = /([;\t])(?=[\s\u0000-\u001f\u00a0\ufeff]*[=+\-@])/g
const plainNumber = /^[+-]?\d+(\.\d+)?$/

function neutralised(value: string): string {
  const whole = formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value
  return whole.replace(formulaAfterSeparator, "$1'")
}
