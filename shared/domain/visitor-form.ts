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

const rules: Record<OptionalFieldName, (required: string) => z.ZodString> = {
  email: (required) => z.string({ error: required }).trim().regex(z.regexes.email, fieldMessage.emailLikeExample),
  phone: (required) => z.string({ error: required }).trim().regex(/^\+?[0-9][0-9 ()/-]{5,19}$/, fieldMessage.phoneLikeExample),
  company: (required) => z.string({ error: required }).trim().max(100, fieldMessage.atMost100Characters),
  host: (required) => z.string({ error: required }).trim().max(100, fieldMessage.atMost100Characters),
  purpose: (required) => z.string({ error: required }).trim().max(200, fieldMessage.atMost200Characters),
}

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
    name: z.string({ error: fieldMessage.enterFullName }).trim().min(2, fieldMessage.enterFullName).max(100, fieldMessage.atMost100Characters),
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
