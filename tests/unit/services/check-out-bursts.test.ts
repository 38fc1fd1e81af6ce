import { describe, expect, it } from 'vitest'
import type { AuditRecord } from '../../../electron/services/audit/staff-audit-log'
import { CheckOutBursts } from '../../../electron/services/visits/check-out-bursts'
import { TestClock } from '../../fixtures/test-clock'

function watchWith() {
  const clock = new TestClock('2026-11-28T09:00:00.000Z')
  const records: AuditRecord[] = []
  return { clock, records, bursts: new CheckOutBursts(clock, { record: (entry) => records.push(entry) }) }
}

describe('CheckOutBursts', () => {
  it('lets people leave one by one without a notice', () => {
    const { clock, records, bursts } = watchWith()
    for (const name of ['Ada Lovelace', 'Bob Builder', 'Carl Jung', 'Dora Explorer']) {
      bursts.checkedOutByName(name)
      clock.advance(40_000)
    }
    expect(bursts.standing()).toEqual([])
    expect(records).toEqual([])
  })

  it('shows reception who left by name in a burst, with an audit row for each', () => {
    const { clock, records, bursts } = watchWith()
    bursts.checkedOutByName('Ada Lovelace')
    clock.advance(10_000)
    bursts.checkedOutByName('Bob Builder')
    clock.advance(10_000)
    bursts.checkedOutByName('Carl Jung')
    expect(bursts.standing()).toEqual([{ from: '2026-11-28T09:00:00.000Z', until: '2026-11-28T09:00:20.000Z', visitorNames: ['Ada Lovelace', 'Bob Builder', 'Carl Jung'] }])
    expect(records).toEqual([
      { role: null, action: 'visitors checked out by name at the kiosk in a burst', outcome: 'succeeded', detail: '3 check-outs by name within a minute: Ada Lovelace, Bob Builder, Carl Jung' },
    ])

    clock.advance(30_000)
    bursts.checkedOutByName('Dora Explorer')
    expect(bursts.standing()).toHaveLength(1)
    expect(bursts.standing()[0]).toMatchObject({ until: '2026-11-28T09:00:50.000Z', visitorNames: ['Ada Lovelace', 'Bob Builder', 'Carl Jung', 'Dora Explorer'] })
    expect(records.at(-1)?.detail).toBe('check-out by name during a burst: Dora Explorer')
  })

  it('sees a script that paces its check-outs under the one-minute rule', () => {
    const { clock, records, bursts } = watchWith()
    for (const name of ['A One', 'B Two', 'C Three', 'D Four']) {
      bursts.checkedOutByName(name)
      clock.advance(30_100)
    }
    expect(bursts.standing()).toEqual([])
    bursts.checkedOutByName('E Five')
    expect(bursts.standing()[0]?.visitorNames).toEqual(['A One', 'B Two', 'C Three', 'D Four', 'E Five'])
    expect(records.at(-1)?.detail).toBe('5 check-outs by name within 15 minutes: A One, B Two, C Three, D Four, E Five')
  })

  it('sees ten in an hour however they are spread', () => {
    const { clock, bursts } = watchWith()
    for (let index = 0; index < 9; index += 1) {
      bursts.checkedOutByName(`Visitor ${index}`)
      clock.advance(6 * 60_000)
    }
    expect(bursts.standing()).toEqual([])
    bursts.checkedOutByName('Visitor 9')
    expect(bursts.standing()[0]?.visitorNames).toHaveLength(10)
  })

  it('keeps a later burst apart, newest first, until reception dismisses them', () => {
    const { clock, bursts } = watchWith()
    for (const name of ['A One', 'B Two', 'C Three']) bursts.checkedOutByName(name)
    clock.advance(20 * 60_000)
    for (const name of ['D Four', 'E Five', 'F Six']) bursts.checkedOutByName(name)
    expect(bursts.standing().map((burst) => burst.visitorNames[0])).toEqual(['D Four', 'A One'])
    bursts.dismiss()
    expect(bursts.standing()).toEqual([])
  })
})
