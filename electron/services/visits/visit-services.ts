import { KioskEventLog } from '../access-log/kiosk-event-log'
import type { StaffAuditLog } from '../audit/staff-audit-log'
import type { Clock, Logger } from '../ports'
import type { SqliteDatabase } from '../database/sqlite-database'
import type { KisiConnection } from '../kisi/kisi-connection'
import type { SecretBox } from '../secrets/secret-box'
import type { SettingsRepository } from '../settings/settings-repository'
import { AccessLinks } from './access-links'
import { CheckOutBursts } from './check-out-bursts'
import { InviteEmailChecks } from './invite-email-checks'
import { LinkJobRunner } from './link-job-runner'
import type { LinkJobs } from './link-jobs'
import { LinkReconciler } from './link-reconciler'
import { PassClaims } from './pass-claims'
import { ReceptionDesk } from './reception-desk'
import { VisitBackground } from './visit-background'
import type { Visit } from './visit-model'
import { VisitLifecycle } from './visit-lifecycle'
import { VisitPolicyStore } from './visit-policies'
import { VisitRepository } from './visit-repository'
import { VisitorDesk } from './visitor-desk'
import { VisitorThrottle, type VisitorBudgetOverrides } from './visitor-throttle'

export interface VisitServicesDeps {
  database: SqliteDatabase
  settings: SettingsRepository
  secretBox: SecretBox
  connection: KisiConnection
  jobs: LinkJobs
  clock: Clock
  logger: Logger
  /** Where visitor-side refusals and bursts are recorded, without a staff role. */
  audit: Pick<StaffAuditLog, 'record'>
  changed: (visitId: string | null) => void
  /** A visit a waiting visitor's screen holds a claim on changed: that screen may ask for its pass now. */
  claimedAccessChanged?: (() => void) | undefined
  patienceMs?: number | undefined
  /** Waits between lookups for a late copy of an unanswered link create; tests shorten them. */
  linkLookupBackoffMs?: readonly number[] | undefined
  /** The visitor side's budgets where they differ from `visitorBudgets`; load tests and benchmarks widen them. */
  visitorBudgets?: VisitorBudgetOverrides | undefined
  arrived?: ((visit: Visit) => void) | undefined
  /** Whether a host named by the visitor will get a message, for the visitor's welcome screen. */
  notifiesHosts?: (() => boolean) | undefined
  /** Begins every visit id, so the visit's Kisi link says which database made it. */
  visitIdPrefix: string
  /** Begins every pass code, so the visit's Kisi link says which kiosk database made it. */
  kioskTag: string
  /** Whether a link's visit (its pass code or id) belonged to a database this kiosk lost: such links are removed. */
  madeByLostDatabase: (linkKey: string, linkCreatedAt: string | undefined) => boolean
}

export type VisitServices = ReturnType<typeof createVisitServices>

/** Visits, their policies and their Kisi links, wired together once for both runtimes. */
export function createVisitServices(deps: VisitServicesDeps) {
  const { database, settings, secretBox, connection, jobs, clock, logger, audit, patienceMs, arrived, notifiesHosts } = deps
  const claims = new PassClaims(clock)
  const changed = (visitId: string | null): void => {
    deps.changed(visitId)
    if (visitId !== null && claims.isClaimed(visitId)) deps.claimedAccessChanged?.()
  }
  const repository = new VisitRepository(database)
  const policies = new VisitPolicyStore(settings, (visitTypeId) => repository.highestAgreementVersion(visitTypeId))
  const links = new AccessLinks(connection, secretBox, settings, deps.linkLookupBackoffMs)
  const events = new KioskEventLog(database, clock, logger)
  const runner = new LinkJobRunner({ repository, jobs, links, clock, logger, events, changed })
  const lifecycle = new VisitLifecycle({
    repository,
    jobs,
    runner,
    events,
    clock,
    changed,
    visitIdPrefix: deps.visitIdPrefix,
    kioskTag: deps.kioskTag,
    ...(patienceMs === undefined ? {} : { patienceMs }),
    ...(arrived ? { arrived } : {}),
  })
  const reconciler = new LinkReconciler(repository, jobs, links, policies, changed, deps.madeByLostDatabase)
  const throttle = new VisitorThrottle(clock, audit, deps.visitorBudgets)
  const inviteEmails = new InviteEmailChecks(database, clock, audit, throttle)
  const checkOutBursts = new CheckOutBursts(clock, audit)
  return {
    policies,
    jobs,
    repository,
    runner,
    kioskEvents: events,
    checkOutBursts,
    visitorDesk: new VisitorDesk({ policies, repository, lifecycle, links, clock, notifiesHosts: notifiesHosts ?? (() => false), throttle, inviteEmails, checkOutBursts, claims }),
    receptionDesk: new ReceptionDesk({
      policies,
      repository,
      lifecycle,
      links,
      clock,
      jobs,
      kisiConnected: () => connection.state === 'connected' || connection.state === 'unreachable',
      otherKioskVisits: () => reconciler.otherKioskVisits(),
    }),
    background: new VisitBackground({ repository, jobs, runner, lifecycle, reconciler, connection, clock, logger }),
  }
}
