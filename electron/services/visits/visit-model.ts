import type { VisitorDetails } from '@shared/domain/visitor-form'
import type { AccessProblem, AccessState, AgreementAcceptance, HoldReason, StaffVisit, VisitStatus } from '@shared/schemas/visit'

/**
 * A visit as the desks, the lifecycle and the outbox see it. Only the repository knows how it is
 * stored; times are ISO strings, as they are stored and sent.
 */
export interface Visit {
  id: string
  visitTypeId: string
  /** The type's name when the visit was made: it stays readable if the manager renames or deletes the type. */
  visitTypeName: string
  visitor: VisitorDetails
  status: VisitStatus
  holdReason: HoldReason | null
  /** The agreement version the visitor accepted; null when their type asks for none. */
  agreementVersion: number | null
  /** How that agreement was accepted: by the visitor at the kiosk, or confirmed by reception for them. */
  agreementAcceptance: AgreementAcceptance | null
  inviteCode: string | null
  expectedAt: string | null
  checkedInAt: string | null
  checkedOutAt: string | null
  autoCheckOutAt: string | null
  accessState: AccessState
  /** The Kisi group whose doors the visit's link opens; null when the visit opens no doors. */
  accessGroupId: number | null
  accessGroupName: string | null
  doorNames: string[]
  accessValidFrom: string | null
  accessValidUntil: string | null
  /** What went wrong with the link, as data for reception's screen to word. */
  accessProblem: AccessProblem | null
  /**
   * Printed on the pass and ending the name of each of the visit's Kisi links (see pass-code.ts);
   * null for a visit stored before pass codes, whose links carry its id instead.
   */
  passCode: string | null
  /** Counts the links made for the visit; a link's name carries it, so a lost create can be found again. */
  linkGeneration: number
  /** The current link's Kisi id. */
  linkId: number | null
  /** The current link's secret, sealed by the secret box: the pass can be shown again later. */
  sealedLinkSecret: string | null
  /** Finds the visit from a scanned pass without opening every sealed secret. */
  linkSecretHash: string | null
  createdAt: string
  updatedAt: string
}

/** What a write changes; the id never does. */
export type VisitChanges = Partial<Omit<Visit, 'id'>>

/** The staff console's view of a visit: everything but the link. */
export function toStaffVisit(visit: Visit): StaffVisit {
  return {
    id: visit.id,
    origin: 'this-kiosk',
    visitTypeId: visit.visitTypeId,
    visitTypeName: visit.visitTypeName,
    visitor: visit.visitor,
    status: visit.status,
    holdReason: visit.holdReason,
    access: {
      state: visit.accessState,
      groupName: visit.accessGroupName,
      validFrom: visit.accessValidFrom,
      validUntil: visit.accessValidUntil,
      problem: visit.accessProblem,
    },
    expectedAt: visit.expectedAt,
    checkedInAt: visit.checkedInAt,
    checkedOutAt: visit.checkedOutAt,
    autoCheckOutAt: visit.autoCheckOutAt,
    inviteCode: visit.inviteCode,
    agreementVersion: visit.agreementVersion,
    agreementAcceptance: visit.agreementAcceptance,
    passCode: visit.passCode,
  }
}
