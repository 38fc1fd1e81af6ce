import { wiegandUid } from './card-formats'
import type { GroupRecord, LockRecord, Millis, UserRecord } from './sandbox-model'
import { newSecret, type SandboxState } from './sandbox-state'

/** The demo organisation's sign-in details, printed by `npm run sandbox` and used by "Try with demo data". */
export const demoCredentials = {
  domain: 'demo',
  adminEmail: 'admin@demo.example',
  securityEmail: 'security@demo.example',
  password: 'demo-password',
  otp: '123456',
} as const

const day = 24 * 60 * 60 * 1000
const facilityCode = 42

const doorNames = ['Main Entrance', 'Reception', 'Office Floor 2', 'Meeting Room Atlas', 'Meeting Room Borealis', 'Loading Dock', 'Server Room', 'Roof Terrace'] as const
type DoorName = (typeof doorNames)[number]

const groupDoors: Record<string, { doors: DoorName[]; description: string; readerRestriction?: true }> = {
  Visitors: { doors: ['Main Entrance', 'Reception', 'Meeting Room Atlas', 'Meeting Room Borealis'], description: 'Access links for visitors' },
  Staff: { doors: ['Main Entrance', 'Reception', 'Office Floor 2', 'Meeting Room Atlas', 'Meeting Room Borealis', 'Roof Terrace'], description: 'Everyone working at Demo HQ' },
  'Meeting rooms': { doors: ['Meeting Room Atlas', 'Meeting Room Borealis'], description: 'Meeting rooms only' },
  // The seed's example of the "Kisi Reader Restriction": in-app unlocks need a proximity proof.
  Deliveries: { doors: ['Loading Dock', 'Main Entrance'], description: 'Couriers; Kisi Reader Restriction on', readerRestriction: true },
}

const people = [
  { name: 'Alex Berger', email: 'alex.berger@demo.example', groups: ['Staff'] },
  { name: 'Mia Hoffmann', email: 'mia.hoffmann@demo.example', groups: ['Staff'] },
  { name: 'Jonas Weber', email: 'jonas.weber@demo.example', groups: ['Staff', 'Deliveries'] },
  { name: 'Lena Schulz', email: 'lena.schulz@demo.example', groups: ['Staff'] },
]

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Demo seed refers to unknown "${name}"`)
  return value
}

function addUser(state: SandboxState, since: Millis, fields: Pick<UserRecord, 'name' | 'email'> & Partial<UserRecord>): UserRecord {
  const user: UserRecord = {
    id: state.nextId(),
    password: null,
    otpCode: null,
    otpEnabledAt: null,
    admin: false,
    accessEnabled: true,
    passwordFlowEnabled: false,
    notes: null,
    metadata: {},
    lastAccessedAt: null,
    createdAt: since,
    updatedAt: since,
    ...fields,
  }
  state.users.push(user)
  return user
}

/**
 * "Demo HQ": eight doors (Roof Terrace offline, Server Room with a door-level reader restriction that
 * stops even admins), four groups, two admins (one with 2FA), four staff members with cards, one spare
 * card, and no access links; and a second place, "Demo Warehouse", with two doors and no group, for a
 * kiosk that must keep to its own place. Returns the admin's ready-made API key.
 */
export function seedDemoOrganization(state: SandboxState, now: Millis): { apiKey: string } {
  const since = now - 30 * day
  state.organization = { id: state.nextId(), name: 'Demo Organization', domain: demoCredentials.domain }
  const place = {
    id: state.nextId(),
    name: 'Demo HQ',
    description: 'Demo headquarters',
    address: 'Friedrichstraße 68, 10117 Berlin, Germany',
    latitude: 52.5096,
    longitude: 13.3889,
    timeZone: 'Europe/Berlin',
    lockedDownSince: null,
    createdAt: since,
    updatedAt: since,
  }
  state.places.push(place)

  const locks = new Map<DoorName, LockRecord>()
  for (const name of doorNames) {
    const lock: LockRecord = {
      id: state.nextId(),
      placeId: place.id,
      name,
      description: null,
      online: name !== 'Roof Terrace',
      lockedDownSince: null,
      readerRestrictionEnabled: name === 'Server Room',
      unlockedUntil: null,
      createdAt: since,
      updatedAt: since,
    }
    locks.set(name, lock)
    state.locks.push(lock)
  }

  const groups = new Map<string, GroupRecord>()
  for (const [name, spec] of Object.entries(groupDoors)) {
    const group: GroupRecord = {
      id: state.nextId(),
      name,
      description: spec.description,
      placeId: place.id,
      loginEnabled: true,
      readerRestrictionEnabled: spec.readerRestriction ?? false,
      geofenceRestrictionEnabled: false,
      primaryDeviceRestrictionEnabled: false,
      managedDeviceRestrictionEnabled: false,
      timeRestrictionEnabled: false,
      tapToAccessRestrictionEnabled: false,
      createdAt: since,
      updatedAt: since,
    }
    groups.set(name, group)
    state.groups.push(group)
    for (const door of spec.doors) {
      state.groupLocks.push({ id: state.nextId(), groupId: group.id, lockId: required(locks.get(door), door).id, createdAt: since, updatedAt: since })
    }
  }

  const admin = addUser(state, since, { name: 'Demo Admin', email: demoCredentials.adminEmail, password: demoCredentials.password, admin: true })
  addUser(state, since, {
    name: 'Security Officer',
    email: demoCredentials.securityEmail,
    password: demoCredentials.password,
    otpCode: demoCredentials.otp,
    otpEnabledAt: since,
    admin: true,
  })
  people.forEach((person, index) => {
    const user = addUser(state, since, { name: person.name, email: person.email })
    for (const groupName of person.groups) {
      const groupId = required(groups.get(groupName), groupName).id
      state.roleAssignments.push({ id: state.nextId(), roleId: 'group_basic', groupId, userId: user.id, notify: false, validFrom: null, validUntil: null, createdById: admin.id, createdAt: since, updatedAt: since })
    }
    addCard(state, since, 10001 + index, user.id)
  })
  addCard(state, since, 10001 + people.length, null)

  const apiKey = newSecret()
  state.logins.push({ id: state.nextId(), userId: admin.id, type: 'api', name: 'Frontdesk demo key', secret: apiKey, expire: false, deviceBrand: null, deviceModel: null, osName: null, lastUsedAt: null, createdAt: since, updatedAt: since })
  // Seeded last, so every id above stays what it was before the warehouse came.
  seedWarehouse(state, since)
  return { apiKey }
}

function seedWarehouse(state: SandboxState, since: Millis): void {
  const place = {
    id: state.nextId(),
    name: 'Demo Warehouse',
    description: 'Demo warehouse across town',
    address: 'Am Borsigturm 100, 13507 Berlin, Germany',
    latitude: 52.5873,
    longitude: 13.2836,
    timeZone: 'Europe/Berlin',
    lockedDownSince: null,
    createdAt: since,
    updatedAt: since,
  }
  state.places.push(place)
  for (const name of ['Warehouse Gate', 'Warehouse Office']) {
    state.locks.push({ id: state.nextId(), placeId: place.id, name, description: null, online: true, lockedDownSince: null, readerRestrictionEnabled: false, unlockedUntil: null, createdAt: since, updatedAt: since })
  }
}

function addCard(state: SandboxState, since: Millis, cardNumber: number, userId: number | null): void {
  const assigned = userId === null ? null : since
  state.cards.push({ id: state.nextId(), type: 'third_party_lf_hid_h10301', facilityCode, cardNumber, uid: wiegandUid('third_party_lf_hid_h10301', facilityCode, cardNumber), userId, activated: userId !== null, assignedAt: assigned, activatedAt: assigned, lastUsedAt: null, createdAt: since, updatedAt: since })
}
