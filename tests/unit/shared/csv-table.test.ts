import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvField, csvTable } from '@shared/domain/access-log/csv-table'

const bom = '\uFEFF'

/** The file as a spreadsheet's importer reads it: BOM dropped, RFC 4180 records. */
const parsed = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][]

describe('csvTable', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(csvTable([['Time', 'Person'], ['09:00', 'Zoë']])).toBe(`${bom}Time,Person\r\n09:00,Zoë\r\n`)
    expect(csvTable([])).toBe(bom)
  })

  it('quotes fields holding a comma, a quote, CR or LF, and doubles their quotes', () => {
    expect(csvField('Smith, Ann')).toBe('"Smith, Ann"')
    expect(csvField('The "big" door')).toBe('"The ""big"" door"')
    expect(csvField('line one\nline two')).toBe('"line one\nline two"')
    expect(csvField('a\rb')).toBe('"a\rb"')
    expect(csvField('plain text')).toBe('plain text')
  })

  it('neutralises a cell starting with = + - @, tab or CR with a leading apostrophe', () => {
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('+cmd')).toBe("'+cmd")
    expect(csvField('-Anna')).toBe("'-Anna")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\t=1')).toBe("'\t=1")
    expect(csvField('\r=1')).toBe('"\'\r=1"')
    expect(csvField('Anna = Bob')).toBe('Anna = Bob')
  })

  it('leaves a plain signed number as a number: it cannot be a formula', () => {
    expect(csvField('-12')).toBe('-12')
    expect(csvField('+3.5')).toBe('+3.5')
    expect(csvField('-1e5')).toBe("'-1e5")
    expect(csvField('-2+3+cmd|x')).toBe("'-2+3+cmd|x")
  })

  it('round-trips through a CSV parser, a formula visitor arriving as inert text', () => {
    const visitor = '=HYPERLINK("http://x","y")'
    const rows = [
      ['Time', 'Kind', 'Person', 'Detail'],
      ['2025-06-12 09:00:01', 'Check-in', visitor, 'Came in, "early"\r\nthen left'],
      ['2025-06-12 09:05:00', 'Unlock', 'Zoë Łukasz', ''],
      ['2025-06-12 09:06:00', 'Unlock', '-12', '\ttabbed'],
    ]
    const text = csvTable(rows)
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
    const back = parsed(text)
    expect(back).toEqual([rows[0], [rows[1]?.[0], 'Check-in', `'${visitor}`, rows[1]?.[3]], rows[2], [rows[3]?.[0], 'Unlock', '-12', "'\ttabbed"]])
    for (const cell of back.flat()) expect(cell).not.toMatch(/^[=+@\t\r]/)
  })
})
