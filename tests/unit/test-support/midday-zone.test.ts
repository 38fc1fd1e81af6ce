import { describe, expect, it } from 'vitest'
import { middayZone } from '../../fixtures/midday-zone'

describe('middayZone', () => {
  it('puts every hour of a UTC day at noon local time', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      const instant = new Date(Date.UTC(2026, 10, 29, hour, 45))
      const zone = middayZone(instant)
      const localHour = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(instant)
      expect(localHour, `${hour}:45 UTC in ${zone}`).toBe('12')
    }
  })
})
