import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { databaseFileName } from '../../electron/services/database/storage-start'
import { migrations } from '../../electron/services/database/migrations'
import { SqliteDatabase } from '../../electron/services/database/sqlite-database'
import type { AccountDetail, ActionStep, Diagnosis, Door } from '@shared/schemas/account'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

describe('Kisi accounts from the staff console', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
    kiosk.services.sessions.start('manager')
    await kiosk.call('kisi.choosePlace', { placeId: placeId('Demo HQ') })
    kiosk.services.sessions.start('reception')
  })
  afterEach(() => kiosk.stop())

  const placeId = (name: string) => kiosk.sandbox.state.places.find((place) => place.name === name)!.id
  const groupId = (name: string) => kiosk.sandbox.state.groups.find((group) => group.name === name)!.id
  const lockId = (name: string) => kiosk.sandbox.state.locks.find((lock) => lock.name === name)!.id
  const userByEmail = (email: string) => kiosk.sandbox.state.users.find((user) => user.email === email)!
  const assignNew = (extra: Record<string, unknown> = {}) =>
    kiosk.call<{ account: AccountDetail; steps: ActionStep[] }>('accounts.assign', {
      user: { name: 'Tom Contractor', email: 'tom@example.com', managed: true },
      groupIds: [groupId('Meeting rooms')],
      lockIds: [lockId('Office Floor 2'), lockId('Loading Dock')],
      validFrom: new Date(kiosk.clock.now().getTime() - 60_000).toISOString(),
      validUntil: new Date(kiosk.clock.now().getTime() + 7 * 86_400_000).toISOString(),
      ...extra,
    })

  it('searches users by name or e-mail, page by page', async () => {
    const found = await kiosk.call<{ items: { name: string }[]; total: number; pageSize: number }>('accounts.search', { query: 'mia', page: 0 })
    expect(found.items.map((item) => item.name)).toEqual(['Mia Hoffmann'])
    const everyone = await kiosk.call<{ items: unknown[]; total: number }>('accounts.search', { query: '', page: 0 })
    expect(everyone.total).toBe(kiosk.sandbox.state.users.length)
  })

  it('creates a managed user and assigns a group and two doors with start and end', async () => {
    const { account, steps } = await assignNew()
    expect(steps.map((step) => step.outcome)).toEqual(['done', 'done', 'done', 'done'])
    expect(steps[0]!.step).toMatch(/Created the Kisi user Tom Contractor \(managed/)
    expect(account.linkedHere).toBe(true)
    const groups = account.assignments.map((assignment) => assignment.groupName).sort()
    expect(groups).toEqual(['Frontdesk: Office Floor 2 + Loading Dock [doors:' + [lockId('Office Floor 2'), lockId('Loading Dock')].sort((a, b) => a - b).join(',') + ']', 'Meeting rooms'].sort())
    const doorGroup = account.assignments.find((assignment) => assignment.isDoorSelection)!
    expect(doorGroup.doorNames.sort()).toEqual(['Loading Dock', 'Office Floor 2'])
    expect(doorGroup.validUntil).not.toBeNull()
  })

  it('reuses the door group for the same doors instead of making another', async () => {
    await assignNew()
    const again = await assignNew({ user: { name: 'Sam Second', email: 'sam@example.com', managed: false }, groupIds: [] })
    expect(again.steps.find((step) => step.step.includes('holding exactly'))?.step).toMatch(/^Reused/)
    expect(kiosk.sandbox.state.groups.filter((group) => group.name.startsWith('Frontdesk:'))).toHaveLength(1)
  })

  it('finds the door group again after a door was renamed, and renames the group instead of making another', async () => {
    const doors = [lockId('Office Floor 2'), lockId('Loading Dock')]
    await assignNew()
    kiosk.sandbox.state.locks.find((lock) => lock.name === 'Office Floor 2')!.name = 'Office Level 2'
    await kiosk.call('accounts.assign', {
      user: { name: 'Sam Second', email: 'sam@example.com', managed: true },
      groupIds: [],
      lockIds: doors,
      validFrom: kiosk.clock.now().toISOString(),
      validUntil: null,
    })
    const doorGroups = kiosk.sandbox.state.groups.filter((group) => group.name.startsWith('Frontdesk:'))
    expect(doorGroups.map((group) => group.name)).toEqual([expect.stringContaining('Office Level 2')])
  })

  /** The person unlocks a door in their own Kisi app: a device login the admin makes for them, then the unlock. */
  async function unlockInApp(email: string, doorName: string): Promise<{ status: number; code?: string }> {
    const asKisi = async (key: string, path: string, body: unknown) => {
      const response = await fetch(`${kiosk.sandbox.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `KISI-LOGIN ${key}` },
        body: JSON.stringify(body),
      })
      return { status: response.status, body: (await response.json()) as { secret?: string; code?: string } }
    }
    const login = await asKisi(kiosk.sandbox.apiKey, '/logins', { login: { type: 'device', email } })
    const answer = await asKisi(login.body.secret!, `/locks/${lockId(doorName)}/unlock`, {})
    return { status: answer.status, ...(answer.body.code ? { code: answer.body.code } : {}) }
  }

  it('disables and re-enables access; a disabled person cannot unlock, and Diagnose reads Kisi’s refusal', async () => {
    const { account } = await assignNew()
    expect(await unlockInApp('tom@example.com', 'Office Floor 2')).toEqual({ status: 200 })
    expect((await kiosk.call<AccountDetail>('accounts.setAccess', { userId: account.id, enabled: false })).accessEnabled).toBe(false)
    expect(await unlockInApp('tom@example.com', 'Office Floor 2')).toEqual({ status: 403, code: 'fcd8ff' })

    const diagnosis = await kiosk.call<Diagnosis>('accounts.diagnose', { userId: account.id, lockId: lockId('Office Floor 2') })
    expect(diagnosis.canUnlock).toBe(false)
    expect(diagnosis.findings[0]).toEqual({ severity: 'blocker', finding: 'accessDisabled', params: { person: 'Tom Contractor' } })
    expect(diagnosis.findings).toContainEqual({
      severity: 'warning',
      finding: 'lastRefusal',
      params: {
        person: 'Tom Contractor',
        door: 'Office Floor 2',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        kisiCode: 'fcd8ff',
        kisiMessage: 'Access is disabled for this person in Kisi.',
        kisiHint: 'Re-enable the person’s access.',
      },
    })
    // The refusal was Tom's at this door only: another door's diagnosis has no access-log finding.
    const elsewhere = await kiosk.call<Diagnosis>('accounts.diagnose', { userId: account.id, lockId: lockId('Loading Dock') })
    expect(elsewhere.findings.filter((finding) => finding.finding.startsWith('lastRefusal'))).toEqual([])
    expect((await kiosk.call<AccountDetail>('accounts.setAccess', { userId: account.id, enabled: true })).accessEnabled).toBe(true)
  })

  it('explains the Kisi Reader Restriction of the Deliveries group for one of its people', async () => {
    const jonas = userByEmail('jonas.weber@demo.example')
    const diagnosis = await kiosk.call<Diagnosis>('accounts.diagnose', { userId: jonas.id, lockId: lockId('Loading Dock') })
    expect(diagnosis.canUnlock).toBe(false)
    expect(diagnosis.findings).toContainEqual({ severity: 'blocker', finding: 'groupReaderRestriction', params: { groups: ['Deliveries'] } })
  })

  it('repairs access by removing and re-adding each access right as it was', async () => {
    const { account } = await assignNew()
    const before = account.assignments.map(({ groupId: group, validFrom, validUntil }) => ({ group, validFrom, validUntil }))
    const { account: repaired, steps } = await kiosk.call<{ account: AccountDetail; steps: ActionStep[] }>('accounts.repair', { userId: account.id })
    expect(steps.filter((step) => step.outcome === 'done')).toHaveLength(4)
    expect(repaired.assignments.map(({ groupId: group, validFrom, validUntil }) => ({ group, validFrom, validUntil }))).toEqual(expect.arrayContaining(before))
    expect(repaired.assignments.map((assignment) => assignment.id)).not.toEqual(account.assignments.map((assignment) => assignment.id))
  })

  it('disconnects from the kiosk only, and deletes only with the person’s name typed back', async () => {
    const { account } = await assignNew()
    await kiosk.call('accounts.disconnect', { userId: account.id })
    expect((await kiosk.call<AccountDetail>('accounts.get', { userId: account.id })).linkedHere).toBe(false)
    expect(userByEmail('tom@example.com')).toBeDefined()

    await expect(kiosk.call('accounts.delete', { userId: account.id, confirmName: 'Tom' })).rejects.toMatchObject({ code: 'invalid_request', reason: 'deleteNameMismatch', params: { name: 'Tom Contractor' }, fields: { confirmName: ['nameMismatch'] } })
    await kiosk.call('accounts.delete', { userId: account.id, confirmName: 'tom contractor' })
    expect(kiosk.sandbox.state.users.find((user) => user.email === 'tom@example.com')).toBeUndefined()
  })

  it('unlocks a door remotely, and says in words why a reader-restricted door refuses', async () => {
    const doors = await kiosk.call<Door[]>('doors.list')
    expect(doors.map((door) => door.name)).toContain('Main Entrance')
    expect(await kiosk.call('doors.unlock', { lockId: lockId('Main Entrance'), reason: 'Courier at the door' })).toEqual({ message: 'Unlocked!' })
    await expect(kiosk.call('doors.unlock', { lockId: lockId('Server Room'), reason: 'Technician' })).rejects.toMatchObject({
      code: 'kisi_refused',
      message: expect.stringContaining('Kisi Reader Restriction'),
    })
  })

  it('writes every account action, diagnosis and unlock to the staff audit trail with its outcome and the names staff saw', async () => {
    const { account } = await assignNew()
    const meetingRooms = account.assignments.find((assignment) => assignment.groupName === 'Meeting rooms')!
    await kiosk.call('accounts.revokeAssignment', { userId: account.id, assignmentId: meetingRooms.id })
    await kiosk.call('doors.list')
    await kiosk.call('accounts.setAccess', { userId: account.id, enabled: false })
    await kiosk.call('accounts.diagnose', { userId: account.id, lockId: lockId('Office Floor 2') })
    await kiosk.call('accounts.repair', { userId: account.id })
    await kiosk.call('doors.unlock', { lockId: lockId('Main Entrance'), reason: 'Courier at the door' })
    await kiosk.call('doors.unlock', { lockId: lockId('Server Room'), reason: 'Technician' }).catch(() => undefined)
    await kiosk.call('accounts.delete', { userId: account.id, confirmName: 'Wrong Name' }).catch(() => undefined)
    await kiosk.call('accounts.disconnect', { userId: account.id })

    const database = SqliteDatabase.open(join(kiosk.dataDirectory, databaseFileName), migrations)
    const rows = database.all(
      "SELECT role, action, outcome, detail FROM staff_audit WHERE role = 'reception' ORDER BY id",
      z.object({ role: z.string(), action: z.string(), outcome: z.string(), detail: z.string() }),
    )
    database.close()
    expect(rows.map((row) => [row.action.replace(/\d+/g, '#'), row.outcome])).toEqual([
      ['assign access to tom@example.com', 'succeeded'],
      ['remove access right Meeting rooms (#) of user Tom Contractor (#)', 'succeeded'],
      ['disable access of user Tom Contractor (#)', 'succeeded'],
      ['diagnose user Tom Contractor (#) at door Office Floor # (#)', 'succeeded'],
      ['repair access of user Tom Contractor (#)', 'succeeded'],
      ['unlock door Main Entrance (#): Courier at the door', 'succeeded'],
      ['unlock door Server Room (#): Technician', 'failed'],
      ['delete Kisi user Tom Contractor (#), confirmed as “Wrong Name”', 'refused'],
      ['disconnect user Tom Contractor (#) from this kiosk', 'succeeded'],
    ])
    expect(rows[3]!.detail).toMatch(/^cannot unlock: accessDisabled/)
    expect(rows[6]!.detail).toMatch(/kisi_refused: .*Kisi Reader Restriction/)
  })

  it('gives an existing Kisi user access without creating anyone, and shows their cards and last access', async () => {
    const mia = userByEmail('mia.hoffmann@demo.example')
    const usersBefore = kiosk.sandbox.state.users.length
    await unlockInApp(mia.email, 'Main Entrance')
    const { account, steps } = await kiosk.call<{ account: AccountDetail; steps: ActionStep[] }>('accounts.assign', {
      user: { existingUserId: mia.id },
      groupIds: [groupId('Meeting rooms')],
      lockIds: [],
      validFrom: kiosk.clock.now().toISOString(),
      validUntil: null,
    })
    expect(steps.map((step) => step.step)).toEqual(['Gave access through “Meeting rooms” with no end'])
    expect(kiosk.sandbox.state.users).toHaveLength(usersBefore)
    expect(account).toMatchObject({ id: mia.id, linkedHere: true, lastAccessedAt: expect.any(String) })
    expect(account.assignments.map((assignment) => assignment.groupName)).toContain('Meeting rooms')
    const card = kiosk.sandbox.state.cards.find((candidate) => candidate.userId === mia.id)!
    expect(account.cards).toContainEqual({ id: card.id, label: `Card ${card.facilityCode}:${card.cardNumber}` })
  })

  it('tells Kisi not to e-mail a managed user', async () => {
    const mark = kiosk.proxy.requests.length
    await assignNew()
    const created = kiosk.kisiRequestsSince(mark).find((request) => request.method === 'POST' && request.path === '/users')
    expect(created?.body).toMatchObject({ user: { name: 'Tom Contractor', email: 'tom@example.com', send_emails: false } })
  })

  it('removes one access right, and refuses to remove someone else’s', async () => {
    const { account } = await assignNew()
    const meetingRooms = account.assignments.find((assignment) => assignment.groupName === 'Meeting rooms')!
    const after = await kiosk.call<AccountDetail>('accounts.revokeAssignment', { userId: account.id, assignmentId: meetingRooms.id })
    expect(after.assignments.map((assignment) => assignment.groupName)).not.toContain('Meeting rooms')
    expect(after.assignments).toHaveLength(account.assignments.length - 1)

    const jonas = userByEmail('jonas.weber@demo.example')
    const doorGroup = after.assignments[0]!
    await expect(kiosk.call('accounts.revokeAssignment', { userId: jonas.id, assignmentId: doorGroup.id })).rejects.toMatchObject({ code: 'not_found' })
    expect(kiosk.sandbox.state.roleAssignments.some((assignment) => assignment.id === doorGroup.id)).toBe(true)
  })

  it('stops at a failed step, says which, keeps what was done, and records the change as failed', async () => {
    // Kisi carries out the first access right but its answer is lost: the kiosk cannot know it worked.
    kiosk.proxy.loseNextAnswer((request) => request.method === 'POST' && request.path === '/role_assignments')
    const meetingRooms = groupId('Meeting rooms')
    const { account, steps } = await assignNew()
    expect(steps.map((step) => step.outcome)).toEqual(['done', 'done', 'failed'])
    expect(steps[2]!.step).toMatch(new RegExp(`^Giving access through group ${meetingRooms} failed`))
    expect(account.name).toBe('Tom Contractor')

    const database = SqliteDatabase.open(join(kiosk.dataDirectory, databaseFileName), migrations)
    const [row] = database.all("SELECT outcome, detail FROM staff_audit WHERE action LIKE 'assign access%'", z.object({ outcome: z.string(), detail: z.string() }))
    database.close()
    expect(row).toMatchObject({ outcome: 'failed', detail: expect.stringContaining(`failed: Giving access through group ${meetingRooms} failed`) })
  })

  it('puts the door group back to exactly the chosen doors when someone added one in Kisi', async () => {
    const { account } = await assignNew()
    const doorGroup = account.assignments.find((assignment) => assignment.isDoorSelection)!
    const stamp = Date.now()
    kiosk.sandbox.state.groupLocks.push({ id: kiosk.sandbox.state.nextId(), groupId: doorGroup.groupId, lockId: lockId('Server Room'), createdAt: stamp, updatedAt: stamp })
    const again = await assignNew({ user: { name: 'Sam Second', email: 'sam@example.com', managed: true }, groupIds: [] })
    const reused = again.account.assignments.find((assignment) => assignment.isDoorSelection)!
    expect(reused.groupId).toBe(doorGroup.groupId)
    expect(reused.doorNames.sort()).toEqual(['Loading Dock', 'Office Floor 2'])
  })

  it('refuses a console unlock while in-app unlock is switched off, without asking Kisi', async () => {
    kiosk.services.sessions.start('manager')
    await kiosk.call('kisi.setOptions', { inAppUnlock: false })
    const mark = kiosk.proxy.requests.length
    await expect(kiosk.call('doors.unlock', { lockId: lockId('Main Entrance'), reason: 'Courier at the door' })).rejects.toMatchObject({
      code: 'not_available',
      message: expect.stringContaining('switched off'),
    })
    expect(kiosk.kisiRequestsSince(mark)).toEqual([])
  })

  it('refuses the doors of another place to unlock, diagnose or assign, changing nothing in Kisi', async () => {
    const mia = userByEmail('mia.hoffmann@demo.example')
    const refusal = { code: 'forbidden', reason: 'doorOutsidePlace', params: { place: 'Demo HQ' } }
    const mark = kiosk.proxy.requests.length
    await expect(kiosk.call('doors.unlock', { lockId: lockId('Warehouse Gate'), reason: 'Courier' })).rejects.toMatchObject(refusal)
    await expect(kiosk.call('accounts.diagnose', { userId: mia.id, lockId: lockId('Warehouse Office') })).rejects.toMatchObject(refusal)
    await expect(assignNew({ lockIds: [lockId('Office Floor 2'), lockId('Warehouse Gate')] })).rejects.toMatchObject(refusal)
    const warehouseCrew = { ...kiosk.sandbox.state.groups.find((group) => group.name === 'Meeting rooms')!, id: kiosk.sandbox.state.nextId(), name: 'Warehouse crew', placeId: placeId('Demo Warehouse') }
    kiosk.sandbox.state.groups.push(warehouseCrew)
    const choices = await kiosk.call<{ groups: { name: string }[] }>('accounts.choices')
    expect(choices.groups.map((group) => group.name)).toContain('Meeting rooms')
    expect(choices.groups.map((group) => group.name)).not.toContain('Warehouse crew')
    await expect(assignNew({ groupIds: [groupId('Meeting rooms'), warehouseCrew.id], lockIds: [] })).rejects.toMatchObject({
      code: 'forbidden',
      reason: 'groupOutsidePlace',
      params: { group: 'Warehouse crew', place: 'Demo HQ' },
    })
    expect(kiosk.kisiRequestsSince(mark).filter((request) => request.method !== 'GET')).toEqual([])
    expect(kiosk.sandbox.state.users.some((user) => user.email === 'tom@example.com')).toBe(false)
  })

  it('acts on the doors of the chosen place only: choosing the warehouse turns the refusal around', async () => {
    kiosk.services.sessions.start('manager')
    await kiosk.call('kisi.choosePlace', { placeId: placeId('Demo Warehouse') })
    kiosk.services.sessions.start('reception')
    expect(await kiosk.call('doors.unlock', { lockId: lockId('Warehouse Gate'), reason: 'Courier' })).toEqual({ message: 'Unlocked!' })
    await expect(kiosk.call('doors.unlock', { lockId: lockId('Main Entrance'), reason: 'Courier' })).rejects.toMatchObject({
      code: 'forbidden',
      reason: 'doorOutsidePlace',
      params: { place: 'Demo Warehouse' },
    })
  })

  it('has no doors or groups to act on until a place is chosen, and changes nothing', async () => {
    kiosk.services.settings.update((draft) => void (draft.kisi.place = null))
    await expect(kiosk.call('doors.unlock', { lockId: lockId('Main Entrance'), reason: 'Courier' })).rejects.toMatchObject({ code: 'not_available', reason: 'kisiPlaceNotChosen' })
    await expect(assignNew()).rejects.toMatchObject({ reason: 'kisiPlaceNotChosen' })
    await expect(assignNew({ lockIds: [] })).rejects.toMatchObject({ reason: 'kisiPlaceNotChosen' })
    expect(kiosk.sandbox.state.users.some((user) => user.email === 'tom@example.com')).toBe(false)
  })
})
