import { describe, expect, it, vi } from 'vitest'
import { AppError, failedBecause } from '@shared/errors'
import { useAction } from '@renderer/composables/use-action'

/** A promise the test settles when it chooses. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve: (value: T) => void = () => undefined
  let reject: (error: unknown) => void = () => undefined
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useAction', () => {
  it('is busy while the work runs, then keeps and returns its answer', async () => {
    const answer = deferred<string>()
    const action = useAction((name: string) => answer.promise.then((greeting) => `${greeting}, ${name}`))
    const running = action.run('Ada')
    expect(action.busy.value).toBe(true)
    answer.resolve('Hello')
    expect(await running).toBe('Hello, Ada')
    expect(action.busy.value).toBe(false)
    expect(action.result.value).toBe('Hello, Ada')
    expect(action.error.value).toBeNull()
    expect(action.errorMessage.value).toBeNull()
  })

  it('records a failure as an AppError with its words, without throwing', async () => {
    const action = useAction(async () => {
      throw failedBecause(
        'kisi_unreachable',
        'kisiUnreachable',
        { kisiCode: 'timeout', kisiMessage: 'Kisi did not answer in time.', kisiHint: 'Try again; if it keeps happening, check the connection.' },
        'Kisi did not answer in time. Try again; if it keeps happening, check the connection.',
      )
    })
    expect(await action.run()).toBeUndefined()
    expect(action.busy.value).toBe(false)
    expect(action.error.value).toMatchObject({ code: 'kisi_unreachable', reason: 'kisiUnreachable' })
    expect(action.errorMessage.value).toBe('Kisi did not answer in time. Try again; if it keeps happening, check the connection.')
  })

  it('turns anything else thrown into an internal AppError that keeps its message', async () => {
    const action = useAction(async () => {
      throw new TypeError('navigation failed')
    })
    await action.run()
    expect(action.error.value).toBeInstanceOf(AppError)
    expect(action.error.value).toMatchObject({ code: 'internal', message: 'navigation failed' })
  })

  it('ignores a second run while the first is busy', async () => {
    const answer = deferred<number>()
    const work = vi.fn(() => answer.promise)
    const action = useAction(work)
    const first = action.run()
    expect(await action.run()).toBeUndefined()
    answer.resolve(1)
    expect(await first).toBe(1)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('forgets the last failure and answer when run again, and on clearError', async () => {
    let fails = true
    const action = useAction(async () => {
      if (fails) throw new AppError('conflict', 'Someone else changed it.')
      return 'saved'
    })
    await action.run()
    action.clearError()
    expect(action.error.value).toBeNull()
    await action.run()
    fails = false
    const again = action.run()
    expect(action.error.value).toBeNull()
    expect(await again).toBe('saved')
    fails = true
    const third = action.run()
    expect(action.result.value).toBeUndefined()
    await third
    expect(action.result.value).toBeUndefined()
  })

  it('throws when asked to, after recording the failure', async () => {
    const action = useAction(
      async () => {
        throw failedBecause('forbidden', 'managerOnly', {}, 'Only a manager may make this call')
      },
      { throwOnError: true },
    )
    await expect(action.run()).rejects.toMatchObject({ code: 'forbidden' })
    expect(action.errorMessage.value).toBe('Only a manager can do this.')
    expect(action.busy.value).toBe(false)
  })
})
