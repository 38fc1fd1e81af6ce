import { AppError } from '@shared/errors'
import { visitorFormSchema, type VisitorDetails } from '@shared/domain/visitor-form'
import type { VisitType } from '@shared/schemas/visit-policy'

/** Applies the visit type's form rules in main, whatever the page already checked. */
export function parseVisitor(type: VisitType, form: Record<string, string>): VisitorDetails {
  const parsed = visitorFormSchema(type).safeParse(form)
  if (parsed.success) return parsed.data as VisitorDetails
  const fields: Record<string, string[]> = {}
  for (const issue of parsed.error.issues) (fields[issue.path.join('.') || 'form'] ??= []).push(issue.message)
  throw new AppError('invalid_request', 'Some details are missing or not valid.', { fields })
}

/** The visitor must have accepted the type's current agreement text, and we keep which version. */
export function acceptedAgreement(type: VisitType, agreementVersion: number | null): number | null {
  if (!type.agreement) return null
  if (agreementVersion !== type.agreement.version) {
    throw new AppError('invalid_request', 'Please read and accept the agreement to continue.', {
      fields: { agreementVersion: ['Accept the current agreement'] },
    })
  }
  return agreementVersion
}
