import { describe, expect, it } from 'vitest'
import { demoCredentials, seedDemoOrganization } from '../../electron/kisi-sandbox/demo-seed'
import { SandboxState } from '../../electron/kisi-sandbox/sandbox-state'

describe('demo seed', () => {
  it('builds Demo HQ: eight doors with one offline, four groups, two admins, four carded staff and an API key', () => {
    const state = new SandboxState()
    const { apiKey } = seedDemoOrganization(state, Date.now())
    expect(state.organization).toMatchObject({ name: 'Demo Organization', domain: demoCredentials.domain })
    const hq = state.places.find((place) => place.name === 'Demo HQ')!
    expect(state.locks.filter((lock) => lock.placeId === hq.id)).toHaveLength(8)
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

  it('adds a second place, Demo Warehouse, with two doors of its own and no group, after Demo HQ and without moving its ids', () => {
    const state = new SandboxState()
    seedDemoOrganization(state, Date.now())
    expect(state.places.map((place) => place.name)).toEqual(['Demo HQ', 'Demo Warehouse'])
    const warehouse = state.places[1]!
    const warehouseDoors = state.locks.filter((lock) => lock.placeId === warehouse.id)
    expect(warehouseDoors.map((lock) => lock.name)).toEqual(['Warehouse Gate', 'Warehouse Office'])
    expect(state.groups.every((group) => group.placeId === state.places[0]!.id)).toBe(true)
    const idsBeforeWarehouse = [state.organization!.id, state.places[0]!.id, ...state.locks.slice(0, 8).map((lock) => lock.id), ...state.groups.map((group) => group.id), ...state.users.map((user) => user.id), ...state.logins.map((login) => login.id)]
    expect(Math.max(...idsBeforeWarehouse)).toBeLessThan(warehouse.id)
  })
})
