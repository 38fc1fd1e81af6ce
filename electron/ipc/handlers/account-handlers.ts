import type { AccountDetail } from '@shared/schemas/account'
import type { AccountService } from '../../services/accounts/account-service'
import type { DoorService } from '../../services/accounts/door-service'
import type { CallHandlers } from '../call-dispatcher'
import { audited, stepsAudit, type AuditContext } from './audited'

export interface AccountHandlerDeps extends AuditContext {
  accounts: AccountService
  doors: DoorService
}

type AccountCallName = Extract<keyof CallHandlers, `accounts.${string}` | `doors.${string}`>

/** Every change to a Kisi account, every diagnosis and every remote unlock goes to the staff audit trail. */
export function createAccountHandlers(deps: AccountHandlerDeps): Pick<CallHandlers, AccountCallName> {
  const { accounts, doors, staffRole, names } = deps
  const user = (userId: number): string => names.say('user', userId)
  /** Remembers the person a result shows and their access rights, for the next action on them. */
  const seen = <T extends AccountDetail>(account: T): T => {
    names.remember('user', [account])
    names.remember('access right', account.assignments.map((assignment) => ({ id: assignment.id, name: assignment.groupName })))
    return account
  }
  const door = (lockId: number): string => names.say('door', lockId)
  return {
    'accounts.search': async ({ query, page }) => {
      const found = await accounts.search(query, page)
      names.remember('user', found.items)
      return found
    },
    'accounts.get': async ({ userId }) => seen(await accounts.get(userId)),
    'accounts.choices': async () => {
      const [groups, doorList] = await Promise.all([accounts.groupChoices(), doors.list()])
      names.remember('door', doorList)
      return { groups, doors: doorList }
    },
    'accounts.assign': (request) =>
      audited(deps, `assign access to ${'existingUserId' in request.user ? `user ${user(request.user.existingUserId)}` : request.user.email}`, async () => {
        const answer = await accounts.assign(request, staffRole())
        seen(answer.account)
        return answer
      }, stepsAudit),
    'accounts.revokeAssignment': ({ userId, assignmentId }) =>
      audited(deps, `remove access right ${names.say('access right', assignmentId)} of user ${user(userId)}`, async () => seen(await accounts.revokeAssignment(userId, assignmentId)), { detail: (account) => account.name }),
    'accounts.setAccess': ({ userId, enabled }) =>
      audited(deps, `${enabled ? 're-enable' : 'disable'} access of user ${user(userId)}`, async () => seen(await accounts.setAccess(userId, enabled)), { detail: (account) => account.name }),
    'accounts.disconnect': ({ userId }) => audited(deps, `disconnect user ${user(userId)} from this kiosk`, () => (accounts.disconnect(userId), null)),
    'accounts.delete': ({ userId, confirmName }) => audited(deps, `delete Kisi user ${user(userId)}, confirmed as “${confirmName}”`, async () => (await accounts.delete(userId, confirmName), null)),
    'accounts.repair': ({ userId }) => audited(deps, `repair access of user ${user(userId)}`, () => accounts.repair(userId), stepsAudit),
    'accounts.diagnose': ({ userId, lockId }) =>
      audited(deps, `diagnose user ${user(userId)} at door ${door(lockId)}`, () => doors.diagnose(userId, lockId), {
        // The trail keeps the findings' codes; their words live in the console's locale files.
        detail: (diagnosis) => (diagnosis.canUnlock ? 'can unlock' : `cannot unlock: ${diagnosis.findings.map((finding) => finding.finding).join(', ')}`),
      }),
    'doors.list': async () => {
      const doorList = await doors.list()
      names.remember('door', doorList)
      return doorList
    },
    'doors.unlock': ({ lockId, reason }) => audited(deps, `unlock door ${door(lockId)}: ${reason}`, () => doors.unlock(lockId), { detail: (result) => result.message }),
  }
}
