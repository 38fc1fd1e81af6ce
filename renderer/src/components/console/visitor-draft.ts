import { visitorFormSchema } from '@shared/domain/visitor-form'
import type { PublicVisitType } from '@shared/schemas/visit'
import { fieldErrorsOf, type FieldErrors } from '@renderer/composables/field-errors'

export type CheckedVisitor = { ok: true; visitor: Record<string, string> } | { ok: false; errors: FieldErrors }

/**
 * The visitor's details as the visit type's own schema accepts them, checked before anything is
 * sent; main checks them again. Fields the type does not ask for are left out, since the schema is
 * strict, and so are empty optional ones.
 */
export function checkVisitor(type: PublicVisitType, draft: Record<string, string>): CheckedVisitor {
  const schema = visitorFormSchema(type)
  const asked = Object.keys(schema.shape)
  const form = Object.fromEntries(asked.map((name) => [name, draft[name] ?? '']))
  const checked = schema.safeParse(form)
  if (!checked.success) return { ok: false, errors: fieldErrorsOf(checked.error, ['visitor']) }
  const visitor = Object.fromEntries(Object.entries(checked.data).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''))
  return { ok: true, visitor }
}
