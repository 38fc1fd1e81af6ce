import type { ActionStep } from '@shared/schemas/account'
import { toAppError } from '../kisi/kisi-error'

/** Thrown to stop a multi-step change after a step failed; the steps so far are still reported. */
export class StoppedAfterFailure extends Error {}

/**
 * The steps of a multi-step Kisi change as they happened. A failure before anything was done is
 * thrown as usual; a failure later is recorded as the failed step, so staff see exactly how far
 * it got instead of a bare error over a half-done change.
 */
export class StepLog {
  readonly steps: ActionStep[] = []

  async run<T>(describe: (result: T) => string, work: () => Promise<T>, failedAs: string): Promise<T> {
    try {
      const result = await work()
      this.steps.push({ step: describe(result), outcome: 'done', detail: null })
      return result
    } catch (error) {
      if (!this.steps.some((step) => step.outcome === 'done')) throw error
      this.steps.push({ step: failedAs, outcome: 'failed', detail: toAppError(error).message })
      throw new StoppedAfterFailure(failedAs)
    }
  }

  skip(step: string): void {
    this.steps.push({ step, outcome: 'skipped', detail: null })
  }
}
