import { AppError, failedBecause } from '@shared/errors'
import { fieldMessage, fieldMessageFallback, fieldProblemsOf } from '@shared/field-messages'
import { visitorFormSchema, type VisitorDetails } from '@shared/domain/visitor-form'
import type { AgreementAcceptance } from '@shared/schemas/visit'
import type { VisitType } from '@shared/schemas/visit-policy'

/** Applies the visit type's form rules in main, whatever the page already checked. */
export function parseVisitor(type: VisitType, form: Record<string, string>): VisitorDetails {
  const parsed = visitorFormSchema(type).safeParse(form, fieldMessageFallback)
  if (parsed.success) return parsed.data as VisitorDetails
  throw new AppError('invalid_request', 'The visitor details do not fit the visit type', { fields: fieldProblemsOf(parsed.error.issues, ['visitor']) })
}

/** The visitor must have accepted the type's current agreement text, and we keep which version. */
function acceptedAgreement(type: VisitType, agreementVersion: number | null): number | null {
  if (!type.agreement) return null
  if (agreementVersion !== type.agreement.version) {
    throw failedBecause('invalid_request', 'agreementNotAccepted', {}, `The current agreement (version ${type.agreement.version}) was not accepted`, {
      fields: { agreementVersion: [fieldMessage.acceptAgreement] },
    })
  }
  return agreementVersion
}

/** What a visit records of its agreement: the version accepted (checked as above), and how it was accepted. */
export function agreementRecord(
  type: VisitType,
  agreementVersion: number | null,
  how: AgreementAcceptance,
): { agreementVersion: number | null; agreementAcceptance: AgreementAcceptance | null } {
  const accepted = acceptedAgreement(type, agreementVersion)
  return { agreementVersion: accepted, agreementAcceptance: accepted === null ? null : how }
}
