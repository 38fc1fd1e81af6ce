import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvField, csvTable } from '@shared/domain/access-log/csv-table'

const bom = '\uFEFF'

/** The file as a spreadsheet's importer reads it: BOM dropped, RFC 4180 records. */
const parsed = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][]

describe('csvTable', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(csvTable([['Time', 'Person'], ['09:00', 'Zoë']])).toBe(`${bom}"Time","Person"\r\n"09:00","Zoë"\r\n`)
    expect(csvTable([])).toBe(bom)
  })

  it('quotes every field and doubles its quotes', () => {
    expect(csvField('plain text')).toBe('"plain text"')
    expect(csvField('')).toBe('""')
    expect(csvField('Smith, Ann')).toBe('"Smith, Ann"')
    expect(csvField('The "big" door')).toBe('"The ""big"" door"')
    expect(csvField('line one\nline two')).toBe('"line one\nline two"')
    expect(csvField('a\rb')).toBe('"a\rb"')
    expect(csvField('Meier; Anna')).toBe('"Meier; Anna"')
  })

  it('neutralises a cell starting with = + - @ with a leading apostrophe', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`)
    expect(csvField('+cmd')).toBe(`"'+cmd"`)
    expect(csvField('-Anna')).toBe(`"'-Anna"`)
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvField('Anna = Bob')).toBe('"Anna = Bob"')
  })

  it('neutralises a formula behind leading whitespace or control characters, which spreadsheets skip', () => {
    expect(csvField(' =1+1')).toBe(`"' =1+1"`)
    expect(csvField('\r=1')).toBe(`"'\r=1"`)
    expect(csvField('\n\n@SUM(A1)')).toBe(`"'\n\n@SUM(A1)"`)
    expect(csvField('\u0000+cmd')).toBe(`"'\u0000+cmd"`)
    expect(csvField('\u00a0=1')).toBe(`"'\u00a0=1"`)
    expect(csvField('\ufeff-x')).toBe(`"'\ufeff-x"`)
    expect(csvField('  plain')).toBe('"  plain"')
  })

  it('puts an apostrophe after a ; or tab that starts a formula, for importers that split there', () => {
    expect(csvField('x;=HYPERLINK("http://x")')).toBe(`"x;'=HYPERLINK(""http://x"")"`)
    expect(csvField('x; +cmd')).toBe(`"x;' +cmd"`)
    expect(csvField('a\t@SUM(A1)')).toBe(`"a\t'@SUM(A1)"`)
    expect(csvField('\t=1')).toBe(`"'\t'=1"`)
    expect(csvField('=a;-b')).toBe(`"'=a;'-b"`)
    expect(csvField('Meier; Anna\tB')).toBe('"Meier; Anna\tB"')
  })

  it('leaves a plain signed number as a number: it cannot be a formula', () => {
    expect(csvField('-12')).toBe('"-12"')
    expect(csvField('+3.5')).toBe('"+3.5"')
    expect(csvField('-1e5')).toBe(`"'-1e5"`)
    expect(csvField('-2+3+cmd|x')).toBe(`"'-2+3+cmd|x"`)
  })

  it('round-trips through a CSV parser, a formula visitor arriving as inert text', () => {
    const visitor = '=HYPERLINK("http://x","y")'
    const rows = [
      ['Time', 'Kind', 'Person', 'Detail'],
      ['2025-06-12 09:00:01', 'Check-in', visitor, 'Came in, "early"\r\nthen left'],
      ['2025-06-12 09:05:00', 'Unlock', 'Zoë Łukasz', ''],
      // A leading tab before plain text starts no formula: it stays as it was.
      ['2025-06-12 09:06:00', 'Unlock', '-12', '\ttabbed'],
      ['2025-06-12 09:07:00', 'Unlock', ' =1+1', 'x;=HYPERLINK("http://x")'],
    ]
    const text = csvTable(rows)
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
    const back = parsed(text)
    expect(back).toEqual([rows[0], [rows[1]?.[0], 'Check-in', `'${visitor}`, rows[1]?.[3]], rows[2], rows[3], [rows[4]?.[0], 'Unlock', "' =1+1", `x;'=HYPERLINK("http://x")`]])
    for (const cell of back.flat().filter((cell) => cell !== '-12')) expect(cell).not.toMatch(/^[\s\u0000-\u001f\u00a0\ufeff]*[=+\-@]/)
    for (const cell of back.flat()) expect(cell).not.toMatch(/[;\t]\s*[=+\-@]/)
  })
})
