import { computed, ref, type Ref } from 'vue'
import type { PublicVisitType } from '@shared/schemas/visit'
import { messageOf } from '@renderer/api/kiosk-call-error'
import { fieldErrorsOf, type FieldErrors } from '@renderer/composables/field-errors'
import { checkVisitor } from './visitor-draft'

/** What a staff form adds to the visitor's details: its own field check, and what it sends. */
export interface VisitorFormAction<Extra> {
  /** Checks the form's own fields; `null` with `extraErrors` filled when they are wrong. */
  checkExtra: (extraErrors: FieldErrors) => Extra | null
  send: (visitTypeId: string, visitor: Record<string, string>, extra: Extra) => Promise<void>
}

/**
 * The state and submit of the console's visitor forms (walk-in and pre-registration): the visit
 * type's own fields checked before sending, main's field errors shown where they belong, and the
 * details cleared once the visit exists, so the next visitor starts empty.
 */
export function useVisitorForm<Extra>(visitTypes: () => PublicVisitType[], action: VisitorFormAction<Extra>) {
  const typeId = ref(visitTypes()[0]?.id ?? '')
  const visitor = ref<Record<string, string>>({})
  const errors: Ref<FieldErrors> = ref({})
  const error = ref<string | null>(null)
  const busy = ref(false)
  const chosen = computed(() => visitTypes().find((type) => type.id === typeId.value) ?? null)

  async function submit(): Promise<void> {
    error.value = null
    if (!chosen.value) return
    const checked = checkVisitor(chosen.value, visitor.value)
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors }
    const extra = action.checkExtra(found)
    errors.value = found
    if (!checked.ok || extra === null) return
    busy.value = true
    try {
      await action.send(chosen.value.id, checked.visitor, extra)
      visitor.value = {}
    } catch (caught) {
      errors.value = fieldErrorsOf(caught)
      error.value = messageOf(caught)
    } finally {
      busy.value = false
    }
  }

  return { typeId, visitor, errors, error, busy, chosen, submit }
}
