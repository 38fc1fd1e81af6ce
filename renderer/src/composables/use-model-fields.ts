import { computed, type Ref, type WritableComputedRef } from 'vue'

/**
 * One writable ref per field of a form's `v-model` object, so a fields component binds each input
 * to its own ref and a change hands the parent a new object instead of mutating the one it owns.
 */
export function useModelFields<Draft extends object, Key extends keyof Draft>(model: Ref<Draft>, keys: readonly Key[]): { [Field in Key]: WritableComputedRef<Draft[Field]> } {
  const fieldRef = <Field extends Key>(key: Field): WritableComputedRef<Draft[Field]> =>
    computed({
      get: () => model.value[key],
      set: (value) => (model.value = { ...model.value, [key]: value }),
    })
  return Object.fromEntries(keys.map((key) => [key, fieldRef(key)])) as { [Field in Key]: WritableComputedRef<Draft[Field]> }
}
