import type { KisiConnection } from '../../services/kisi/kisi-connection'
import { groupChoices } from '../../services/kisi/group-choices'
import type { KisiSetup } from '../../services/kisi/kisi-setup'
import type { LinkJobs } from '../../services/visits/link-jobs'
import type { CallHandlers } from '../call-dispatcher'
import { audited, type AuditContext } from './audited'

type KisiCallName = Extract<keyof CallHandlers, `kisi.${string}`>

export function createKisiHandlers(connection: KisiConnection, setup: KisiSetup, jobs: LinkJobs, context: AuditContext): Pick<CallHandlers, KisiCallName> {
  /** A manager's Kisi change, audited with its outcome, answering the new status. */
  const change = async (action: string, work: () => Promise<unknown> | unknown) => {
    await audited(context, action, work)
    return connection.status(jobs.pendingCount())
  }
  return {
    'kisi.status': () => connection.status(jobs.pendingCount()),
    'kisi.signIn': (request) => change(`sign in to Kisi as ${request.email}`, () => setup.signIn(request)),
    'kisi.tryDemo': () => change('connect the Kisi demo', () => setup.tryDemo()),
    'kisi.places': async () => {
      const places = await setup.places()
      context.names.remember('place', places)
      return places
    },
    'kisi.choosePlace': ({ placeId }) => change(`choose Kisi place ${context.names.say('place', placeId)}`, () => setup.choosePlace(placeId)),
    'kisi.setOptions': ({ inAppUnlock }) => change(`${inAppUnlock ? 'allow' : 'forbid'} in-app unlock`, () => setup.setOptions({ inAppUnlock })),
    'kisi.connect': (request) => change('connect Kisi with an API key', () => connection.connect(request)),
    'kisi.disconnect': async () => {
      await change('disconnect Kisi', () => setup.disconnect())
      return null
    },
    /** The groups a visit type may open, each with its doors, for the policy editor. */
    'kisi.groups': () => connection.call(groupChoices),
  }
}
