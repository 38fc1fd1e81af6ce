import type { AppErrorShape, ErrorCode } from '@shared/errors'
import type { Result } from '@shared/ipc/result'

/** A failed call, thrown inside the renderer once the Result has crossed the boundary. */
export class KioskCallError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string[]>
  readonly retryAt: string | null

  constructor(shape: AppErrorShape) {
    super(shape.message)
    this.name = 'KioskCallError'
    this.code = shape.code
    this.fields = shape.fields ?? {}
    this.retryAt = shape.retryAt ?? null
  }
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new KioskCallError(result.error)
  return result.value
}

/** Words for any thrown value, for a message on screen. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Please try again.'
}
