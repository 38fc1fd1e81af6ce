import type { VisitType } from '../schemas/visit-policy'

/**
 * The agreement version to save: the saved one while the text is unchanged, one more once it
 * differs, so visits keep pointing at the text their visitor actually accepted.
 */
export function agreementVersionFor(text: string, saved: VisitType['agreement']): number {
  if (!saved) return 1
  return text.trim() === saved.text.trim() ? saved.version : saved.version + 1
}

/**
 * Main's side of the same rule, whatever the editor sent: changed text never keeps an old version
 * number, and a version never goes down. An agreement added again after being switched off starts
 * above every version a visit of this type has recorded, so no two texts share a number.
 */
export function withAgreementVersion(next: VisitType, saved: VisitType | undefined, highestRecorded: number): VisitType {
  if (!next.agreement) return next
  const version = Math.max(next.agreement.version, saved?.agreement ? agreementVersionFor(next.agreement.text, saved.agreement) : highestRecorded + 1)
  return version === next.agreement.version ? next : { ...next, agreement: { ...next.agreement, version } }
}
