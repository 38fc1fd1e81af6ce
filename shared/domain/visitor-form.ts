import { z } from 'zod'
import { fieldMessage, type FieldMessageId } from '../field-messages'
import { optionalFieldNames, type FieldRequirement, type OptionalFieldName, type VisitType } from '../schemas/visit-policy'

/** What a visitor is told when a required field is empty or missing (words in the locale files). */
const requiredMessages: Record<OptionalFieldName, FieldMessageId> = {
  email: fieldMessage.enterYourEmail,
  phone: fieldMessage.enterYourPhone,
  company: fieldMessage.enterYourCompany,
  host: fieldMessage.enterHostName,
  purpose: fieldMessage.enterPurpose,
}

/**
 * The longest each field may be: the schema's rule, the input's `maxlength` and the counter that warns
 * before it bites all read this one table. A phone number needs no length of its own: its pattern bounds it.
 */
export const visitorFieldMaxLength = { name: 100, email: 200, company: 100, host: 100, purpose: 200 } as const

const atMost = { 100: fieldMessage.atMost100Characters, 200: fieldMessage.atMost200Characters } as const
const limited = (rule: z.ZodString, maxLength: keyof typeof atMost): z.ZodString => rule.max(maxLength, atMost[maxLength])

const rules: Record<OptionalFieldName, (required: string) => z.ZodString> = {
  email: (required) => limited(z.string({ error: required }).trim(), visitorFieldMaxLength.email).regex(z.regexes.email, fieldMessage.emailLikeExample),
  phone: (required) => z.string({ error: required }).trim().regex(/^\+?[0-9][0-9 ()/-]{5,19}$/, fieldMessage.phoneLikeExample),
  company: (required) => limited(z.string({ error: required }).trim(), visitorFieldMaxLength.company),
  host: (required) => limited(z.string({ error: required }).trim(), visitorFieldMaxLength.host),
  purpose: (required) => limited(z.string({ error: required }).trim(), visitorFieldMaxLength.purpose),
}

/** A name is written in some script: emoji or punctuation alone name nobody reception could greet. */
const nameRule = limited(z.string({ error: fieldMessage.enterFullName }).trim().min(2, fieldMessage.enterFullName), visitorFieldMaxLength.name).regex(
  /\p{L}/u,
  fieldMessage.nameNeedsLetter,
)

function field(name: OptionalFieldName, requirement: FieldRequirement) {
  const rule = rules[name](requiredMessages[name])
  if (requirement === 'required') return rule.min(1, requiredMessages[name])
  // An optional field left empty is absent, not an invalid e-mail or phone number.
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), rule.optional())
}

/**
 * The form a visit type asks for, as one schema: the kiosk shows its messages by each field, and
 * main applies the same schema again before anything is stored.
 */
export function visitorFormSchema(type: Pick<VisitType, 'fields'>) {
  const shape: Record<string, z.ZodType> = {
    name: nameRule,
  }
  for (const name of optionalFieldNames) {
    if (type.fields[name] !== 'off') shape[name] = field(name, type.fields[name])
  }
  return z.object(shape).strict()
}

export const visitorDetailsSchema = z.object({
  name: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  company: z.string().optional(),
  host: z.string().optional(),
  purpose: z.string().optional(),
})
export type VisitorDetails = z.infer<typeof visitorDetailsSchema>
