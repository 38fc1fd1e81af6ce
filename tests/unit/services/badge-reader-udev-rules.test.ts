import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const rulesFile = new URL('../../../assets/60-frontdesk-badge-readers.rules', import.meta.url)

/** udev ignores a rule it cannot parse without a word at the kiosk; a typo would only show as "Permission denied". */
describe('the udev rule for badge readers', () => {
  const rules = readFileSync(rulesFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))

  it('grants the seat user the hidraw node of each reader make, one well-formed line each', () => {
    for (const rule of rules) {
      expect(rule).toMatch(/^KERNEL=="hidraw\*", SUBSYSTEM=="hidraw", ATTRS\{idVendor\}=="[0-9a-f]{4}", TAG\+="uaccess"$/)
    }
    const vendors = rules.map((rule) => /idVendor\}=="([0-9a-f]{4})"/.exec(rule)?.[1])
    expect(vendors).toEqual(expect.arrayContaining(['0c27', '076b', '0c2e', '05e0']))
    expect(new Set(vendors).size).toBe(vendors.length)
  })
})
