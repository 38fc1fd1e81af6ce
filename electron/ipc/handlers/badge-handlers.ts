import { badgeLabel, type BadgeService } from '../../services/badges/badge-service'
import type { CallHandlers } from '../call-dispatcher'
import { audited, stepsAudit, type AuditContext } from './audited'

export interface BadgeHandlerDeps extends AuditContext {
  badges: BadgeService
}

type BadgeCallName = Extract<keyof CallHandlers, `badges.${string}`>

/** A lookup only reads; an enrolment changes Kisi and goes to the staff audit trail like every account change. */
export function createBadgeHandlers(deps: BadgeHandlerDeps): Pick<CallHandlers, BadgeCallName> {
  const { badges, staffRole, names } = deps
  return {
    'badges.lookup': async (badge) => {
      const found = await badges.lookup(badge)
      if (found.status === 'held') names.remember('user', [found.holder])
      return found
    },
    'badges.enrol': ({ userId, ...badge }) =>
      audited(deps, `enrol ${badgeLabel(badge)} for user ${names.say('user', userId)}`, async () => {
        const answer = await badges.enrol({ userId, ...badge }, staffRole())
        names.remember('user', [answer.account])
        return answer
      }, stepsAudit),
  }
}
