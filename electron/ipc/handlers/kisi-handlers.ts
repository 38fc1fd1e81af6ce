import type { StaffAuditLog } from '../../services/audit/staff-audit-log'
import { toAppError, type KisiConnection } from '../../services/kisi/kisi-connection'
import { groupChoices } from '../../services/kisi/group-choices'
import type { KisiSetup } from '../../services/kisi/kisi-setup'
import type { LinkJobs } from '../../services/visits/link-jobs'
import type { CallHandlers } from '../call-dispatcher'

type KisiCallName = Extract<keyof CallHandlers, `kisi.${string}`>

/** Runs a manager's Kisi change, audits it with its outcome, and answers the new status. */
function changeAudited(connection: KisiConnection, jobs: LinkJobs, audit: StaffAuditLog, action: string, work: () => Promise<unknown> | unknown) {
  return Promise.resolve()
    .then(work)
    .then(
      () => {
        audit.record({ role: 'manager', action, outcome: 'succeeded' })
        return connection.status(jobs.pendingCount())
      },
      (error: unknown) => {
        const mapped = toAppError(error)
        audit.record({ role: 'manager', action, outcome: 'failed', detail: mapped.code })
        throw mapped
      },
    )
}

export function createKisiHandlers(connection: KisiConnection, setup: KisiSetup, jobs: LinkJobs, audit: StaffAuditLog): Pick<CallHandlers, KisiCallName> {
  const change = (action: string, work: () => Promise<unknown> | unknown) => changeAudited(connection, jobs, audit, action, work)
  return {
    'kisi.status': () => connection.status(jobs.pendingCount()),
    'kisi.signIn': (request) => change(`sign in to Kisi as ${request.email}`, () => setup.signIn(request)),
    'kisi.tryDemo': () => change('connect the Kisi demo', () => setup.tryDemo()),
    'kisi.places': () => setup.places(),
    'kisi.choosePlace': ({ placeId }) => change(`choose Kisi place ${placeId}`, () => setup.choosePlace(placeId)),
    'kisi.setOptions': ({ inAppUnlock }) => change(`${inAppUnlock ? 'allow' : 'forbid'} in-app unlock`, () => setup.setOptions({ inAppUnlock })),
    'kisi.connect': (request) => change('connect Kisi with an API key', () => connection.connect(request)),
    'kisi.disconnect': async () => {
      await change('disconnect Kisi', () => setup.disconnect())
      return null
    },
    /** The groups a visit type may open, each with its doors, for the policy editor. */
    'kisi.groups': () =>
      connection.use(groupChoices).catch((error: unknown) => {
        throw toAppError(error)
      }),
  }
}
