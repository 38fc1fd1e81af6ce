import { z } from 'zod'
import { optionalFieldNames, type FieldRequirement, type OptionalFieldName, type VisitType } from '../schemas/visit-policy'

export const fieldLabels: Record<'name' | OptionalFieldName, string> = {
  name: 'Full name',
  email: 'E-mail',
  phone: 'Phone',
  company: 'Company',
  host: 'Who are you visiting?',
  purpose: 'Purpose of the visit',
}

/** What a visitor reads when a required field is empty or missing. */
const requiredMessages: Record<OptionalFieldName, string> = {
  email: 'Enter your e-mail address',
  phone: 'Enter your phone number',
  company: 'Enter your company',
  host: 'Enter the name of the person you are visiting',
  purpose: 'Enter the purpose of your visit',
}

const rules: Record<OptionalFieldName, (required: string) => z.ZodString> = {
  email: (required) => z.string({ error: required }).trim().regex(z.regexes.email, 'Enter an e-mail address such as name@example.com'),
  phone: (required) => z.string({ error: required }).trim().regex(/^\+?[0-9][0-9 ()/-]{5,19}$/, 'Enter a phone number such as +49 30 1234567'),
  company: (required) => z.string({ error: required }).trim().max(100, 'Use at most 100 characters'),
  host: (required) => z.string({ error: required }).trim().max(100, 'Use at most 100 characters'),
  purpose: (required) => z.string({ error: required }).trim().max(200, 'Use at most 200 characters'),
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
    name: z.string({ error: 'Enter your full name' }).trim().min(2, 'Enter your full name').max(100, 'Use at most 100 characters'),
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
