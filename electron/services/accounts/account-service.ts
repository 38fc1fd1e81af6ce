import { normalizeName } from '@shared/domain/person-name'
import { failedBecause } from '@shared/errors'
import { fieldMessage } from '@shared/field-messages'
import type { AccountDetail, AccountSummary, ActionStep, AssignRequest } from '@shared/schemas/account'
import type { KisiGroupChoice } from '@shared/ipc/kisi-calls'
import type { StaffRole } from '@shared/schemas/staff-access'
import type { KisiConnection } from '../kisi/kisi-connection'
import { readAccount, summaryOf } from './account-reader'
import { doorGroupFor } from './door-groups'
import { StepLog, StoppedAfterFailure } from './step-log'
import type { KioskAccountLinks } from './kiosk-account-links'
import type { PlaceDoors } from './place-doors'

const pageSize = 25

/** Reception's work on Kisi accounts: find, assign, disable, disconnect, delete and repair. */
export class AccountService {
  readonly #connection: KisiConnection
  readonly #links: KioskAccountLinks
  readonly #placeDoors: PlaceDoors

  constructor(connection: KisiConnection, links: KioskAccountLinks, placeDoors: PlaceDoors) {
    this.#connection = connection
    this.#links = links
    this.#placeDoors = placeDoors
  }

  search(query: string, page: number): Promise<{ items: AccountSummary[]; total: number; pageSize: number }> {
    return this.#connection.call(async (client) => {
      const found = await client.users.page(query ? { query } : {}, { offset: page * pageSize, limit: pageSize })
      const linked = this.#links.linked(found.items.map((user) => user.id))
      return { items: found.items.map((user) => summaryOf(user, linked.has(user.id))), total: found.range?.total ?? found.items.length, pageSize }
    })
  }

  /** The groups an assignment may use: those of the chosen place. */
  groupChoices(): Promise<KisiGroupChoice[]> {
    return this.#connection.call((client) => this.#placeDoors.groupChoices(client))
  }

  get(userId: number): Promise<AccountDetail> {
    return this.#connection.call((client) => readAccount(client, userId, this.#links))
  }

  /**
   * Creates the person if needed, a group for any chosen doors, then one role assignment per group.
   * The chosen doors and groups are checked first (all still in Kisi, all at this kiosk's place), so
   * a refusal changes nothing.
   */
  assign(request: AssignRequest, by: StaffRole | null): Promise<{ account: AccountDetail; steps: ActionStep[] }> {
    return this.#connection.call(async (client) => {
      const doors = request.lockIds.length > 0 ? await this.#placeDoors.doors(client, request.lockIds) : []
      await this.#placeDoors.groups(client, request.groupIds)
      const log = new StepLog()
      let userId = 'existingUserId' in request.user ? request.user.existingUserId : null
      try {
        const user =
          'existingUserId' in request.user
            ? await client.user(request.user.existingUserId)
            : await log.run(
                (created) => `Created the Kisi user ${created.name}${'managed' in request.user && request.user.managed ? ' (managed: Kisi sends no e-mails)' : ''}`,
                () => client.createUser(newUser(request)),
                'Creating the Kisi user failed',
              )
        userId = user.id
        this.#links.link(user.id, by)
        const groupIds = [...request.groupIds]
        if (doors.length > 0) {
          const { group } = await log.run(
            ({ group, created }) => `${created ? 'Made' : 'Reused'} the group “${group.name}” holding exactly the chosen doors`,
            () => doorGroupFor(client, doors),
            'Preparing the group for the chosen doors failed',
          )
          groupIds.push(group.id)
        }
        for (const groupId of groupIds) {
          await log.run(
            (group) => `Gave access through “${group.name}” ${request.validUntil ? `until ${request.validUntil}` : 'with no end'}`,
            async () => {
              const group = await client.group(groupId)
              await client.grantGroupAccess({ userId: user.id, groupId, validFrom: request.validFrom, validUntil: request.validUntil })
              return group
            },
            `Giving access through group ${groupId} failed`,
          )
        }
      } catch (error) {
        if (!(error instanceof StoppedAfterFailure) || userId === null) throw error
      }
      return { account: await readAccount(client, userId ?? 0, this.#links), steps: log.steps }
    })
  }

  revokeAssignment(userId: number, assignmentId: number): Promise<AccountDetail> {
    return this.#connection.call(async (client) => {
      const mine = await client.roleAssignments.collect({ assigneeType: 'User', assigneeId: userId })
      if (!mine.some((assignment) => assignment.id === assignmentId)) throw failedBecause('not_found', 'assignmentNotThisPersons', {}, `Access right ${assignmentId} is not user ${userId}’s`)
      await client.revokeRoleAssignment(assignmentId)
      return readAccount(client, userId, this.#links)
    })
  }

  setAccess(userId: number, enabled: boolean): Promise<AccountDetail> {
    return this.#connection.call(async (client) => {
      await client.setAccessEnabled(userId, enabled)
      return readAccount(client, userId, this.#links)
    })
  }

  /** Forgets the person here only; their Kisi account and access stay as they are. */
  disconnect(userId: number): void {
    this.#links.unlink(userId)
  }

  delete(userId: number, confirmName: string): Promise<void> {
    return this.#connection.call(async (client) => {
      const user = await client.user(userId)
      if (normalizeName(confirmName) !== normalizeName(user.name)) {
        throw failedBecause('invalid_request', 'deleteNameMismatch', { name: user.name }, 'The confirmation does not match the user’s name', { fields: { confirmName: [fieldMessage.nameMismatch] } })
      }
      await client.deleteUser(userId)
      this.#links.unlink(userId)
    })
  }

  /** Kisi support's fix for access that stopped working: delete each access right and add it again, as it was. */
  repair(userId: number): Promise<{ account: AccountDetail; steps: ActionStep[] }> {
    return this.#connection.call(async (client) => {
      const log = new StepLog()
      try {
        for (const assignment of await client.roleAssignments.collect({ assigneeType: 'User', assigneeId: userId })) {
          if (assignment.appliesToType !== 'Group') {
            log.skip(`Left the ${assignment.appliesToType.toLowerCase()} role ${assignment.roleId} alone`)
            continue
          }
          const group = await client.group(assignment.appliesToId)
          await log.run(() => `Removed access through “${group.name}”`, () => client.revokeRoleAssignment(assignment.id), `Removing access through “${group.name}” failed`)
          await log.run(
            () => `Added access through “${group.name}” again`,
            () =>
              client.grantGroupAccess({
                userId,
                groupId: group.id,
                roleId: assignment.roleId === 'group_manager' ? 'group_manager' : 'group_basic',
                validFrom: assignment.validFrom ?? null,
                validUntil: assignment.validUntil ?? null,
              }),
            `Adding access through “${group.name}” again failed: add it by hand`,
          )
        }
      } catch (error) {
        if (!(error instanceof StoppedAfterFailure)) throw error
      }
      if (log.steps.length === 0) log.skip('This person has no access rights to repair')
      return { account: await readAccount(client, userId, this.#links), steps: log.steps }
    })
  }

}

function newUser(request: AssignRequest): { email: string; name: string; sendEmails: boolean } {
  if ('existingUserId' in request.user) throw new Error('An existing user is not new')
  return { email: request.user.email, name: request.user.name, sendEmails: !request.user.managed }
}
