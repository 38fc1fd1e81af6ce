import type { z } from 'zod'

/**
 * What a field check can say, as ids: the schemas in shared/ give these instead of words, and the
 * renderer's locale files word each one (`fieldMessages.<id>`). A number in an id is the limit the
 * schema checks, so changing a limit means a new id, and the locale files must follow.
 */
export const fieldMessageIds = [
  /** Any check without a message of its own (the renderer sets it as zod's default). */
  'checkEntry',
  // Visitors
  'enterFullName',
  'nameNeedsLetter',
  'enterYourEmail',
  'enterYourPhone',
  'enterYourCompany',
  'enterHostName',
  'enterPurpose',
  'emailLikeExample',
  'phoneLikeExample',
  'acceptAgreement',
  'enterInvitedEmail',
  'typeThreeLetters',
  'visitOrInviteCode',
  'visitOrPass',
  // Limits
  'atMost40Characters',
  'atMost80Characters',
  'atMost100Characters',
  'atMost200Characters',
  'atMost2000Characters',
  'atMost5000Characters',
  // Visit policies
  'timeOfDay',
  'enterHours',
  'atLeastHalfHour',
  'atMost336Hours',
  'visitTypeId',
  'enterName',
  'enterAgreementText',
  'chooseADay',
  'eachDayOnce',
  'opensBeforeCloses',
  'emailOrDomain',
  'atMost20VisitTypes',
  'visitTypeIdsUnique',
  // Staff
  'pinDigits',
  'pinsMustDiffer',
  'chooseAnotherPin',
  'enterPersonName',
  'enterEmail',
  'chooseGroupOrDoor',
  'endAfterStart',
  'nameMismatch',
  'sayWhy',
  'chooseLaterTime',
  'chooseEarlierTime',
  'pageNumber',
  'facilityCodeOfFormat',
  'cardNumberOfFormat',
  // Kiosk settings
  'enterOrganisationName',
  'wholeSeconds',
  'wholeMinutes',
  'atLeast10Seconds',
  'atMost300Seconds',
  'atMost600Seconds',
  'atLeast1Minute',
  'atMost60Minutes',
  'wholeDays',
  'atLeast1Day',
  'atMost3650Days',
  'changeASetting',
  // Kisi and notifications
  'webhookHttps',
  'webhookPublic',
  'httpsAddress',
  'wholeApiKey',
  'enterKisiDomain',
  'enterKisiEmail',
  'enterPassword',
  'enterSixDigitCode',
] as const

export type FieldMessageId = (typeof fieldMessageIds)[number]

/** `fieldMessage.enterName` is the id `'enterName'`, checked when the schema is compiled. */
export const fieldMessage = Object.fromEntries(fieldMessageIds.map((id) => [id, id])) as { readonly [Id in FieldMessageId]: Id }

const knownIds: ReadonlySet<string> = new Set(fieldMessageIds)

/**
 * Parse options for a check whose problems cross to the screen: a problem the schema gives no id for
 * (a wrong type, an unknown key) reads `checkEntry` rather than zod's English.
 */
export const fieldMessageFallback = { error: () => fieldMessage.checkEntry }

export function isFieldMessageId(message: string): message is FieldMessageId {
  return knownIds.has(message)
}

/**
 * The one conversion of schema problems into field problems, keyed by the dotted path from the
 * request's root: `prefix` is where the checked value sits in its request (`['visitor']` for a
 * visitor's details), so main and the renderer name a field the same way.
 */
export function fieldProblemsOf(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of issues) {
    const path = [...prefix, ...issue.path].map(String).join('.') || '(request)'
    ;(fields[path] ??= []).push(issue.message)
  }
  return fields
}
