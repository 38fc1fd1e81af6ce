import { flushPromises, mount } from '@vue/test-utils'
import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AccessLogEntry } from '@shared/schemas/access-log'
import AccessLogExportActions from '@renderer/components/console/AccessLogExportActions.vue'
import AccessLogReport from '@renderer/components/console/AccessLogReport.vue'
import { accessLogLine } from '../fixtures/access-log-lines'
import { createFakeKiosk, fail, ok } from './fake-kiosk'

const localIso = (time: string): string => new Date(`2025-06-12T${time}`).toISOString()
const formulaVisitor = '=HYPERLINK("http://x","y")'
const lines: AccessLogEntry[] = [
  accessLogLine({ id: 'kisi:2', at: localIso('10:15:00'), outcome: 'refused', doorName: 'Lab, 2nd floor', person: formulaVisitor, detail: 'Outside the "visit" window' }),
  accessLogLine({ id: 'kiosk:1', at: localIso('09:00:30'), source: 'kiosk', kind: 'check-in', doorName: null, person: formulaVisitor, visitId: 'v1', detail: '' }),
]

function mountActions(options: { printToPdf?: boolean; complete?: boolean } = {}) {
  const fake = createFakeKiosk()
  fake.calls['system.documentSupport'].mockImplementation(() => ok({ printToPdf: options.printToPdf ?? false }))
  const wrapper = mount(AccessLogExportActions, {
    props: { entries: lines, day: '2025-06-12', filterSummary: 'Outcome: refused', complete: options.complete ?? true },
    global: fake.mountOptions(),
    attachTo: document.body,
  })
  return { fake, wrapper }
}

/** What the page handed to the browser as a download: the file's name and its text. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = []
  let lastBlob: Blob | null = null
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob
    return 'blob:app://frontdesk/1'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob && this.href.startsWith('blob:')) files.push({ name: this.download, blob: lastBlob })
  })
  return files
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('AccessLogExportActions', () => {
  it('exports the given lines as a CSV file a parser reads back, the formula visitor neutralised', async () => {
    const files = captureDownloads()
    const { wrapper } = mountActions()
    await flushPromises()
    await wrapper.get('[data-testid="access-log-export-csv"]').trigger('click')
    expect(files.map((file) => file.name)).toEqual(['frontdesk-access-log-2025-06-12.csv'])
    const text = await files[0]!.blob.text()
    expect(files[0]!.blob.type).toBe('text/csv;charset=utf-8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(parse(text, { bom: true })).toEqual([
      ['Time', 'What', 'Outcome', 'Door', 'Person', 'Detail', 'Source'],
      ['2025-06-12 10:15:00', 'Unlock', 'Refused', 'Lab, 2nd floor', `'${formulaVisitor}`, 'Outside the "visit" window', 'Kisi'],
      ['2025-06-12 09:00:30', 'Check-in', 'Succeeded', '', `'${formulaVisitor}`, '', 'Kiosk'],
    ])
    expect(wrapper.text()).toContain('frontdesk-access-log-2025-06-12.csv made with 2 lines and handed to the browser to save.')
  })

  it('prints the report with the day, filters, counts and lines, and only while printing', async () => {
    const { wrapper } = mountActions()
    await flushPromises()
    let printed = ''
    // happy-dom has no print dialog: this stands in for the browser's, reading what it would print.
    const print = vi.fn(() => {
      printed = document.querySelector('body > [data-testid="access-log-report"]')?.textContent ?? ''
    })
    Object.defineProperty(window, 'print', { value: print, configurable: true })
    expect(document.querySelector('[data-testid="access-log-report"]')).toBeNull()
    await wrapper.get('[data-testid="access-log-print"]').trigger('click')
    await flushPromises()
    expect(print).toHaveBeenCalledOnce()
    expect(printed).toContain('Access log, Thursday 12 June 2025')
    expect(printed).toContain('Filters: Outcome: refused')
    expect(printed).toMatch(/Lines\s*2\s*Visitors checked in\s*1\s*Unlocks\s*0\s*Denied attempts\s*1/)
    expect(printed).toContain('10:15:00')
    expect(printed).toContain(formulaVisitor)
    expect(document.querySelector('[data-testid="access-log-report"]')).toBeNull()
  })

  it('offers no PDF button where the host has no PDF of its own', async () => {
    const { wrapper } = mountActions({ printToPdf: false })
    await flushPromises()
    expect(wrapper.find('[data-testid="access-log-save-pdf"]').exists()).toBe(false)
  })

  it('saves the report as a PDF in the Electron app, the report mounted while main prints it', async () => {
    const { fake, wrapper } = mountActions({ printToPdf: true })
    let reportWhilePrinting = false
    fake.calls['system.printToPdf'].mockImplementation(() => {
      reportWhilePrinting = document.querySelector('body > [data-testid="access-log-report"]') !== null
      return ok({ saved: true })
    })
    await flushPromises()
    await wrapper.get('[data-testid="access-log-save-pdf"]').trigger('click')
    await flushPromises()
    expect(fake.calls['system.printToPdf']).toHaveBeenCalledWith({ fileName: 'frontdesk-access-log-2025-06-12.pdf' })
    expect(reportWhilePrinting).toBe(true)
    expect(wrapper.text()).toContain('The report was saved as a PDF.')
    expect(document.querySelector('[data-testid="access-log-report"]')).toBeNull()
  })

  it('says in words why a PDF was not saved', async () => {
    const { fake, wrapper } = mountActions({ printToPdf: true })
    fake.calls['system.printToPdf'].mockImplementation(() => fail({ code: 'unavailable', message: 'x', reason: 'pdfNotSaved', params: { problem: 'disk full' } }))
    await flushPromises()
    await wrapper.get('[data-testid="access-log-save-pdf"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('The PDF could not be saved (disk full). Choose another folder, or use "Print report".')
  })
})

describe('AccessLogReport', () => {
  it('prints at most its line budget and sends the manager to the CSV for the rest', () => {
    const many = Array.from({ length: 5 }, (_, index) => accessLogLine({ id: `kisi:${index}`, person: `Person ${index}` }))
    const wrapper = mount(AccessLogReport, { props: { entries: many, day: '2025-06-12', filterSummary: '', maxLines: 3 }, global: createFakeKiosk().mountOptions() })
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)
    expect(wrapper.text()).toContain('Only the first 3 of 5 lines are printed. Use "Export CSV" for all of them.')
    expect(wrapper.text()).toContain('No filters: every line of the day.')
  })

  it('says when there is nothing to print', () => {
    const wrapper = mount(AccessLogReport, { props: { entries: [], day: '2025-06-12', filterSummary: 'Door: Lab' }, global: createFakeKiosk().mountOptions() })
    expect(wrapper.text()).toContain('No lines for this day and these filters.')
    expect(wrapper.find('table').exists()).toBe(false)
  })
})

describe('export while the day is still loading', () => {
  it('offers neither the file nor the report, and says why', async () => {
    const { wrapper } = mountActions({ complete: false })
    await flushPromises()
    expect(wrapper.get('[data-testid=access-log-export-csv]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-testid=access-log-print]').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Export and print wait until the whole day is loaded.')
    wrapper.unmount()
  })
})
