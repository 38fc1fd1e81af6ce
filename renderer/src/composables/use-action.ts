import { computed, shallowRef, type ComputedRef, type Ref } from 'vue'
import type { AppError } from '@shared/errors'
import { describeError, asAppError } from '@renderer/words/describe-error'

export interface UseActionOptions {
  /** Throws the `AppError` after recording it, for a caller that must stop on a failure itself. */
  throwOnError?: boolean
}

export interface UseActionReturn<Args extends unknown[], Value> {
  /** True while a run is on its way; views disable their buttons and show a spinner meanwhile. */
  busy: Readonly<Ref<boolean>>
  /** The last run's failure, cleared when the next run starts. */
  error: Readonly<Ref<AppError | null>>
  /** The failure in words for the screen. */
  errorMessage: ComputedRef<string | null>
  /** What the last run answered; `undefined` again while the next one runs and when it fails. */
  result: Readonly<Ref<Value | undefined>>
  /** Runs the action: its answer, or `undefined` when it failed or another run was still busy. */
  run: (...args: Args) => Promise<Value | undefined>
  /** Forgets the last failure, e.g. when the form is checked again before sending. */
  clearError: () => void
}

/**
 * One action a view starts (save, connect, check out…) with its busy state, its failure and its last
 * answer, shaped like VueUse's `useAsyncState`. A second run while one is busy is ignored, as the views'
 * disabled buttons already do, so a double tap never sends twice.
 */
export function useAction<Args extends unknown[], Value>(
  work: (...args: Args) => Promise<Value>,
  options: UseActionOptions = {},
): UseActionReturn<Args, Value> {
  const busy = shallowRef(false)
  const error = shallowRef<AppError | null>(null)
  const result = shallowRef<Value>()
  const errorMessage = computed(() => (error.value ? describeError(error.value) : null))

  async function run(...args: Args): Promise<Value | undefined> {
    if (busy.value) return undefined
    busy.value = true
    error.value = null
    result.value = undefined
    try {
      result.value = await work(...args)
      return result.value
    } catch (caught) {
      error.value = asAppError(caught)
      if (options.throwOnError) throw error.value
      return undefined
    } finally {
      busy.value = false
    }
  }

  return { busy, error, errorMessage, result, run, clearError: () => (error.value = null) }
}
