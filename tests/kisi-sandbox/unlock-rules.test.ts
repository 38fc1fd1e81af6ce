import { beforeEach, describe, expect, it } from 'vitest'
import { seedDemoOrganization } from '../../electron/kisi-sandbox/demo-seed'
import type { Caller } from '../../electron/kisi-sandbox/sandbox-model'
import { SandboxState } from '../../electron/kisi-sandbox/sandbox-state'
import { decideUnlock, linkDenial, validityDenial } from '../../electron/kisi-sandbox/unlock-rules'

const now = Date.parse('2026-11-28T09:00:00Z')
const hour = 60 * 60 * 1000

describe('unlock rules', () => {
  let state: SandboxState
  beforeEach(() => {
    state = new SandboxState()
    seedDemoOrganization(state, now)
  })

  const lock = (name: string) => state.locks.find((candidate) => candidate.name === name)!
  const userCaller = (email: string): Caller => {
    const user = state.users.find((candidate) => candidate.email === email)!
    return { kind: 'login', user, login: { id: 1, userId: user.id, type: 'device', name: null, secret: 's', expire: true, deviceBrand: null, deviceModel: null, osName: null, lastUsedAt: null, createdAt: now, updatedAt: now } }
  }
  const linkCaller = (groupName: string, window: { validFrom?: number; validUntil?: number } = {}): Caller => {
    const group = state.groups.find((candidate) => candidate.name === groupName)!
    const link = { id: 2, groupId: group.id, name: 'Visitor', email: null, phone: null, secret: 'x', linkEnabled: true, quickResponseCodeType: null, quickResponseCodeToken: null, validFrom: window.validFrom ?? null, validUntil: window.validUntil ?? null, lastUsedAt: null, createdById: null, createdAt: now, updatedAt: now }
    return { kind: 'group-link', link }
  }
  const code = (caller: Caller, door: string, proof: string | null = null) => {
    const decision = decideUnlock(state, caller, lock(door), now, proof)
    return decision.allowed ? 'allowed' : decision.denial.code
  }

  it('grants staff their doors through a group role, crediting the role assignment', () => {
    const decision = decideUnlock(state, userCaller('alex.berger@demo.example'), lock('Main Entrance'), now, null)
    expect(decision).toMatchObject({ allowed: true, authorizedBy: { type: 'RoleAssignment', roleId: 'group_basic' } })
    expect(code(userCaller('alex.berger@demo.example'), 'Loading Dock')).toBe('fcd8ef')
  })

  it('lets admins through group restrictions but not door restrictions', () => {
    const admin = userCaller('admin@demo.example')
    expect(code(admin, 'Loading Dock')).toBe('allowed')
    expect(code(admin, 'Server Room')).toBe('bb5bff')
    expect(code(admin, 'Server Room', '42')).toBe('allowed')
  })

  it('needs any one usable group: a restricted group alone refuses, another group holding the door allows', () => {
    const jonas = userCaller('jonas.weber@demo.example')
    expect(code(jonas, 'Loading Dock')).toBe('bb5bff')
    expect(code(jonas, 'Main Entrance')).toBe('allowed')
  })

  it('checks access_enabled before anything else', () => {
    const alex = userCaller('alex.berger@demo.example')
    if (alex.kind === 'login') alex.user.accessEnabled = false
    expect(code(alex, 'Server Room')).toBe('fcd8ff')
  })

  it('checks role validity, preferring "not yet" when one assignment is still to come', () => {
    const alex = userCaller('alex.berger@demo.example')
    const assignment = state.roleAssignments.find((candidate) => alex.kind === 'login' && candidate.userId === alex.user.id)!
    assignment.validUntil = now - hour
    expect(code(alex, 'Reception')).toBe('f35ade')
    assignment.validFrom = now + hour
    assignment.validUntil = null
    expect(code(alex, 'Reception')).toBe('f358de')
  })

  it('lets group links skip reader restrictions but not door membership or validity', () => {
    expect(code(linkCaller('Deliveries'), 'Loading Dock')).toBe('allowed')
    expect(code(linkCaller('Visitors'), 'Loading Dock')).toBe('fcd8ef')
    expect(code(linkCaller('Visitors', { validFrom: now + 1 }), 'Reception')).toBe('f358de')
    expect(code(linkCaller('Visitors', { validUntil: now }), 'Reception')).toBe('f35ade')
  })

  it('reports place and door lockdowns and offline controllers only to callers who may enter', () => {
    const visitor = linkCaller('Visitors')
    lock('Reception').lockedDownSince = now
    expect(code(visitor, 'Reception')).toBe('fad001')
    expect(code(visitor, 'Roof Terrace')).toBe('fcd8ef')
    expect(code(userCaller('admin@demo.example'), 'Roof Terrace')).toBe('fac001')
    state.places[0]!.lockedDownSince = now
    expect(code(visitor, 'Main Entrance')).toBe('fad002')
  })
})

describe('validity windows', () => {
  it('is open at either end when null, inclusive at the start and exclusive at the end', () => {
    expect(validityDenial(null, null, now)).toBeNull()
    expect(validityDenial(now, now + 1, now)).toBeNull()
    expect(validityDenial(now + 1, null, now)?.code).toBe('f358de')
    expect(validityDenial(null, now, now)?.code).toBe('f35ade')
  })

  it('refuses a disabled link as invalid (403 f29aef)', () => {
    const link = { linkEnabled: false, validFrom: null, validUntil: null } as Parameters<typeof linkDenial>[0]
    expect(linkDenial(link, now)).toMatchObject({ status: 403, code: 'f29aef' })
  })
})
