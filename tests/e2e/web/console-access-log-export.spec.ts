import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { format } from 'date-fns'
import type { Page } from '@playwright/test'
import { enterPinByKeyboard, managerPin } from '../fixtures/web-host'
import { chooseDemoHq, expect, test } from '../fixtures/kiosk'
import { unlockWithPassLink, walkIn } from './visitor-steps'

// A check-in, a pass-link unlock and a sync with Kisi's event sets make a long walk.
test.describe.configure({ timeout: 120_000 })

/** The classic CSV injection: a spreadsheet that evaluates it shows a link to wherever the visitor likes. */
const formulaName = '=HYPERLINK("http://x","y")'
const searchWords = 'HYPERLINK'

interface PrintCall {
  reports: number
  title: string
  filters: string
  lines: number
}

test('the CSV export of the filtered day round-trips through a CSV parser and neutralises a formula for a name; the report prints with its filters', async ({ page, kiosk }) => {
  await chooseDemoHq(kiosk)
  await recordPrintCalls(page)

  // The visitor types a formula as their name at the kiosk and opens the Main Entrance with the pass link.
  await walkIn(page, kiosk.url, 'Guest', { 'Full name': formulaName, 'Who are you visiting?': 'Grace Hopper' })
  await expect(page.getByRole('heading', { name: 'You are checked in' })).toBeVisible()
  await unlockWithPassLink(page, 'Main Entrance')

  // The manager opens today's log, brings in Kisi's events and searches for the visitor.
  const rows = page.getByTestId('access-log-row')
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Access log' }).click()
  await expect(page.getByRole('heading', { name: 'Access log' })).toBeVisible()
  await page.getByTestId('access-log-sync-now').click()
  await expect(rows.filter({ has: page.getByRole('cell', { name: 'Unlock', exact: true }) }).filter({ hasText: 'Main Entrance' }).first()).toBeVisible({ timeout: 30_000 })
  await page.getByLabel('Search').fill(searchWords)
  await expect(rows.filter({ hasText: 'Check-in' }).filter({ hasText: formulaName })).toHaveCount(1)
  const shown = await screenLines(page)

  // The export: a file named for the day, caught as the browser saves it.
  const day = format(new Date(), 'yyyy-MM-dd')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
  expect(download.suggestedFilename()).toBe(`frontdesk-access-log-${day}.csv`)
  const bytes = await readFile(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  // Every field is quoted, so a `;` or tab in a cell stays in it when Excel splits on `;`.
  expect(bytes.toString('utf8')).toContain('"Time","What","Outcome","Door","Person","Detail","Source"\r\n')
  await expect(page.getByText(`frontdesk-access-log-${day}.csv made with ${shown.length} lines and handed to the browser to save.`)).toBeVisible()

  // Another program reads it back: the parser's own column check is off, so the test counts the fields itself.
  const records = parse(bytes, { bom: true, relax_column_count: true }) as string[][]
  const [header, ...lines] = records
  expect(header).toEqual(['Time', 'What', 'Outcome', 'Door', 'Person', 'Detail', 'Source'])
  for (const line of lines) expect(line).toHaveLength(header?.length ?? 0)

  // The same lines as on screen, in the same order; the file's time carries the day as well.
  expect(lines.map(([time, kind, , door, person]) => ({ time: time?.replace(`${day} `, ''), kind, door, person: person?.replace(/^'/, '') }))).toEqual(shown)
  expect(lines.map((line) => line[1])).toEqual(expect.arrayContaining(['Check-in', 'Link issued', 'Unlock']))

  // The name comes out as text: an apostrophe before the formula, quoted with its quotes doubled, and
  // no cell anywhere begins a formula.
  for (const line of lines) expect(line[4]).toBe(`'${formulaName}`)
  expect(bytes.toString('utf8')).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
  for (const cell of lines.flat()) expect(cell).not.toMatch(/^[\s\u0000-\u001f\u00a0\ufeff]*[=+\-@]|[;\t]\s*[=+\-@]/)

  // "Print report" mounts the report for the printer only while it prints, with the day and the search in words.
  await page.getByRole('button', { name: 'Print report' }).click()
  await expect.poll(() => printCalls(page)).toHaveLength(1)
  expect((await printCalls(page))[0]).toEqual({
    reports: 1,
    title: `Access log, ${format(new Date(), 'EEEE d MMMM yyyy')}`,
    filters: `Filters: Search: “${searchWords}”`,
    lines: shown.length,
  })
  await expect(page.getByTestId('access-log-report')).toHaveCount(0)
})

/**
 * Replaces the browser's print dialog, which would block a headless run, with a recorder of what
 * the page held at the moment it asked to print.
 */
async function recordPrintCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: PrintCall[] = []
    Object.assign(window, { printCalls: calls })
    window.print = () => {
      const reports = document.querySelectorAll('[data-testid=access-log-report]')
      const report = reports[0]
      calls.push({
        reports: reports.length,
        title: report?.querySelector('h1')?.textContent?.trim() ?? '',
        filters: report?.querySelector('header p')?.textContent?.trim() ?? '',
        lines: report?.querySelectorAll('tbody tr').length ?? 0,
      })
    }
  })
}

function printCalls(page: Page): Promise<PrintCall[]> {
  return page.evaluate(() => (window as unknown as { printCalls: PrintCall[] }).printCalls)
}

/** The day view's lines as the manager reads them: time, kind, door and person. */
async function screenLines(page: Page): Promise<{ time: string; kind: string; door: string; person: string }[]> {
  const lines = await page.getByTestId('access-log-row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('[role=cell]')].map((cell) => cell.textContent?.trim() ?? '')),
  )
  return lines.map(([time = '', kind = '', door = '', person = '']) => ({ time, kind, door, person }))
}
