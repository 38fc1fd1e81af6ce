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
  const { accounts, doors, staffRole } = deps
  return {
    'accounts.search': ({ query, page }) => accounts.search(query, page),
    'accounts.get': ({ userId }) => accounts.get(userId),
    'accounts.choices': async () => {
      const [groups, doorList] = await Promise.all([accounts.groupChoices(), doors.list()])
      return { groups, doors: doorList }
    },
    'accounts.assign': (request) =>
      audited(deps, `assign access to ${'existingUserId' in request.user ? `user ${request.user.existingUserId}` : request.user.email}`, () => accounts.assign(request, staffRole()), stepsAudit),
    'accounts.revokeAssignment': ({ userId, assignmentId }) =>
      audited(deps, `remove access right ${assignmentId} of user ${userId}`, () => accounts.revokeAssignment(userId, assignmentId), { detail: (account) => account.name }),
    'accounts.setAccess': ({ userId, enabled }) =>
      audited(deps, `${enabled ? 're-enable' : 'disable'} access of user ${userId}`, () => accounts.setAccess(userId, enabled), { detail: (account) => account.name }),
    'accounts.disconnect': ({ userId }) => audited(deps, `disconnect user ${userId} from this kiosk`, () => (accounts.disconnect(userId), null)),
    'accounts.delete': ({ userId, confirmName }) => audited(deps, `delete Kisi user ${userId} (${confirmName})`, async () => (await accounts.delete(userId, confirmName), null)),
    'accounts.repair': ({ userId }) => audited(deps, `repair access of user ${userId}`, () => accounts.repair(userId), stepsAudit),
    'accounts.diagnose': ({ userId, lockId }) =>
      audited(deps, `diagnose user ${userId} at door ${lockId}`, () => doors.diagnose(userId, lockId), {
        // The trail keeps the findings' codes; their words live in the console's locale files.
        detail: (diagnosis) => (diagnosis.canUnlock ? 'can unlock' : `cannot unlock: ${diagnosis.findings.map((finding) => finding.finding).join(', ')}`),
      }),
    'doors.list': () => doors.list(),
    'doors.unlock': ({ lockId, reason }) => audited(deps, `unlock door ${lockId}: ${reason}`, () => doors.unlock(lockId), { detail: (result) => result.message }),
  }
}
