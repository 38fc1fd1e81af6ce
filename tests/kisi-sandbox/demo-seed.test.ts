import { describe, expect, it } from 'vitest'
import { demoCredentials, h10301Uid, seedDemoOrganization } from '../../electron/kisi-sandbox/demo-seed'
import { SandboxState } from '../../electron/kisi-sandbox/sandbox-state'

describe('demo seed', () => {
  it('encodes HID H10301 frames like known card vectors (even parity, facility, number, odd parity)', () => {
    expect(parseInt(h10301Uid(42, 12345), 16)).toBe(39084147)
    expect(parseInt(h10301Uid(10, 1188), 16)).toBe(1313097)
    expect(h10301Uid(0, 0)).toBe('0000001')
    expect(h10301Uid(255, 65535)).toBe('1ffffff')
  })

  it('builds Demo HQ: eight doors with one offline, four groups, two admins, four carded staff and an API key', () => {
    const state = new SandboxState()
    const { apiKey } = seedDemoOrganization(state, Date.now())
    expect(state.organization).toMatchObject({ name: 'Demo Organization', domain: demoCredentials.domain })
    expect(state.locks).toHaveLength(8)
    expect(state.locks.filter((lock) => lock.online === false).map((lock) => lock.name)).toEqual(['Roof Terrace'])
    expect(state.groups.map((group) => [group.name, group.readerRestrictionEnabled])).toEqual([
      ['Visitors', false],
      ['Staff', false],
      ['Meeting rooms', false],
      ['Deliveries', true],
    ])
    expect(state.users.filter((user) => user.admin).map((user) => [user.email, user.otpCode])).toEqual([
      ['admin@demo.example', null],
      ['security@demo.example', '123456'],
    ])
    expect(state.cards.filter((card) => card.userId !== null)).toHaveLength(4)
    expect(state.groupLinks).toEqual([])
    expect(state.logins.find((login) => login.secret === apiKey)?.type).toBe('api')
  })
})
