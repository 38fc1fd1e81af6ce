import type { StaffRole } from '@shared/schemas/staff'
import type { AccountService } from '../../services/accounts/account-service'
import type { DoorService } from '../../services/accounts/door-service'
import type { StaffAuditLog } from '../../services/audit/staff-audit-log'
import { groupChoices } from '../../services/kisi/group-choices'
import { toAppError, type KisiConnection } from '../../services/kisi/kisi-connection'
import type { CallHandlers } from '../call-dispatcher'

export interface AccountHandlerDeps {
  accounts: AccountService
  doors: DoorService
  connection: KisiConnection
  audit: StaffAuditLog
  staffRole: () => StaffRole | null
}

type AccountCallName = Extract<keyof CallHandlers, `accounts.${string}` | `doors.${string}`>

export function createAccountHandlers(deps: AccountHandlerDeps): Pick<CallHandlers, AccountCallName> {
  const { accounts, doors, audit, staffRole } = deps
  /** Every change to a Kisi account is written to the staff audit trail with its outcome. */
  const audited = async <T>(action: string, work: () => Promise<T> | T, detailOf: (result: T) => string = () => ''): Promise<T> => {
    const role = staffRole()
    try {
      const result = await work()
      audit.record({ role, action, outcome: 'succeeded', detail: detailOf(result) })
      return result
    } catch (error) {
      const mapped = toAppError(error)
      audit.record({ role, action, outcome: 'failed', detail: `${mapped.code}: ${mapped.message}` })
      throw mapped
    }
  }
  const stepsDetail = (result: { steps: { step: string; outcome: string }[] }) => result.steps.map((step) => `${step.outcome}: ${step.step}`).join('; ')

  return {
    'accounts.search': ({ query, page }) => accounts.search(query, page),
    'accounts.get': ({ userId }) => accounts.get(userId),
    'accounts.choices': async () => {
      const [groups, doorList] = await Promise.all([deps.connection.use(groupChoices), doors.list()]).catch((error: unknown) => {
        throw toAppError(error)
      })
      return { groups, doors: doorList }
    },
    'accounts.assign': (request) =>
      audited(`assign access to ${'existingUserId' in request.user ? `user ${request.user.existingUserId}` : request.user.email}`, () => accounts.assign(request, staffRole()), stepsDetail),
    'accounts.revokeAssignment': ({ userId, assignmentId }) => audited(`remove access right ${assignmentId} of user ${userId}`, () => accounts.revokeAssignment(userId, assignmentId)),
    'accounts.setAccess': ({ userId, enabled }) => audited(`${enabled ? 're-enable' : 'disable'} access of user ${userId}`, () => accounts.setAccess(userId, enabled)),
    'accounts.disconnect': ({ userId }) => audited(`disconnect user ${userId} from this kiosk`, () => (accounts.disconnect(userId), null)),
    'accounts.delete': ({ userId, confirmName }) => audited(`delete Kisi user ${userId} (${confirmName})`, async () => (await accounts.delete(userId, confirmName), null)),
    'accounts.repair': ({ userId }) => audited(`repair access of user ${userId}`, () => accounts.repair(userId), stepsDetail),
    'accounts.diagnose': ({ userId, lockId }) => doors.diagnose(userId, lockId),
    'doors.list': () => doors.list(),
    'doors.unlock': ({ lockId, reason }) => audited(`unlock door ${lockId}: ${reason}`, () => doors.unlock(lockId), (result) => result.message),
  }
}
