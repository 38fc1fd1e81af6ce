import type { StaffAuditLog } from '../../services/audit/staff-audit-log'
import { toAppError, type KisiConnection } from '../../services/kisi/kisi-connection'
import type { LinkJobs } from '../../services/visits/link-jobs'
import type { CallHandlers } from '../call-dispatcher'

type KisiCallName = Extract<keyof CallHandlers, `kisi.${string}`>

export function createKisiHandlers(connection: KisiConnection, jobs: LinkJobs, audit: StaffAuditLog): Pick<CallHandlers, KisiCallName> {
  return {
    'kisi.status': () => connection.status(jobs.pendingCount()),
    'kisi.connect': async (request) => {
      try {
        await connection.connect(request)
      } catch (error) {
        audit.record({ role: 'manager', action: 'connect Kisi', outcome: 'failed', detail: toAppError(error).code })
        throw toAppError(error)
      }
      audit.record({ role: 'manager', action: 'connect Kisi', outcome: 'succeeded', detail: request.baseUrl ?? '' })
      return connection.status(jobs.pendingCount())
    },
    'kisi.disconnect': () => {
      connection.disconnect()
      audit.record({ role: 'manager', action: 'disconnect Kisi', outcome: 'succeeded' })
      return null
    },
    /** The groups a visit type may open, each with its doors, for the policy editor. */
    'kisi.groups': () =>
      connection
        .use(async (client) => {
          const groups = await client.groups.collect({})
          return Promise.all(
            groups.map(async (group) => ({
              id: group.id,
              name: group.name,
              readerRestricted: group.readerRestrictionEnabled,
              doorNames: (await client.groupLocks.collect({ groupId: group.id })).map((item) => item.lock?.name ?? `Door ${item.lockId}`),
            })),
          )
        })
        .catch((error: unknown) => {
          throw toAppError(error)
        }),
  }
}
