import { computed, ref, type Ref } from 'vue'
import type { PublicVisitType } from '@shared/schemas/visit'
import { fieldErrorsOf, type FieldErrors } from '@renderer/composables/field-errors'
import { useAction } from '@renderer/composables/use-action'
import { checkVisitor } from './visitor-draft'

/** What a staff form adds to the visitor's details: its own field check, and what it sends. */
export interface VisitorFormAction<Extra> {
  /** Checks the form's own fields for the chosen type; `null` with `extraErrors` filled when they are wrong. */
  checkExtra: (extraErrors: FieldErrors, type: PublicVisitType) => Extra | null
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
  const chosen = computed(() => visitTypes().find((type) => type.id === typeId.value) ?? null)
  const sending = useAction(async (visitTypeId: string, details: Record<string, string>, extra: Extra) => {
    await action.send(visitTypeId, details, extra)
    visitor.value = {}
  })

  async function submit(): Promise<void> {
    sending.clearError()
    if (!chosen.value) return
    const checked = checkVisitor(chosen.value, visitor.value)
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors }
    const extra = action.checkExtra(found, chosen.value)
    errors.value = found
    if (!checked.ok || extra === null) return
    await sending.run(chosen.value.id, checked.visitor, extra)
    if (sending.error.value) errors.value = fieldErrorsOf(sending.error.value)
  }

  return { typeId, visitor, errors, error: sending.errorMessage, busy: sending.busy, chosen, submit }
}
