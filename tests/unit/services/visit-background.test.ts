import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { VisitBackground, type BackgroundDeps } from '../../../electron/services/visits/visit-background'

/** Fakes of the chores' collaborators, recording what the scheduler asked of them. */
function backgroundWith(state: 'connected' | 'key-invalid' = 'connected') {
  const calls = { jobs: 0, checkOuts: [] as string[], reconciles: 0, broughtForward: 0 }
  const resumeListeners = new Set<() => void>()
  const warnings: string[] = []
  let releaseJobs: (() => void) | null = null
  const deps = {
    repository: { dueForAutoCheckOut: () => [{ id: 'visit-1' }] },
    jobs: { due: () => [{ visitId: 'visit-2' }], bringForward: () => void (calls.broughtForward += 1) },
    runner: {
      runJobsFor: vi.fn(async () => {
        calls.jobs += 1
        await new Promise<void>((resolve) => (releaseJobs = resolve))
      }),
    },
    lifecycle: { checkOut: vi.fn(async (id: string) => void calls.checkOuts.push(id)) },
    reconciler: { reconcile: vi.fn(async () => void (calls.reconciles += 1)) },
    connection: {
      state,
      ready: async () => state === 'connected',
      onResumed: (listener: () => void) => {
        resumeListeners.add(listener)
        return () => resumeListeners.delete(listener)
      },
    },
    clock: { now: () => new Date() },
    logger: { info: () => undefined, warn: (message: string) => void warnings.push(message), error: () => undefined },
  } as unknown as BackgroundDeps
  const resume = (): void => resumeListeners.forEach((listener) => listener())
  return { background: new VisitBackground(deps), deps, calls, warnings, finishJobs: () => releaseJobs?.(), resume }
}

describe('VisitBackground', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs every chore at start, so a restart catches up, then on its own interval', async () => {
    const { background, calls, finishJobs } = backgroundWith()
    background.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toEqual({ jobs: 1, checkOuts: ['visit-1'], reconciles: 1, broughtForward: 0 })

    finishJobs()
    await vi.advanceTimersByTimeAsync(3_000)
    expect(calls.jobs).toBe(2)
    expect(calls.checkOuts).toEqual(['visit-1'])
    finishJobs()
    // Automatic check-out is looked for every 5 s, so a visit ends within seconds of its time.
    await vi.advanceTimersByTimeAsync(2_000)
    expect(calls.checkOuts).toEqual(['visit-1', 'visit-1'])
    expect(calls.reconciles).toBe(1)
    finishJobs()
    await vi.advanceTimersByTimeAsync(115_000)
    expect(calls.reconciles).toBe(2)
    background.stop()
  })

  it('never starts a round while the last one of the same chore is still running', async () => {
    const { background, calls, finishJobs } = backgroundWith()
    background.start()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(calls.jobs).toBe(1)
    finishJobs()
    await vi.advanceTimersByTimeAsync(3_000)
    expect(calls.jobs).toBe(2)
    background.stop()
  })

  it('keeps the other chores going when one fails, and says which failed', async () => {
    const { background, deps, calls, warnings } = backgroundWith()
    vi.mocked(deps.reconciler.reconcile).mockRejectedValue(new Error('Kisi is unreachable'))
    background.start()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(warnings).toContain('Background reconcile failed')
    expect(calls.checkOuts).toEqual(['visit-1', 'visit-1'])
    background.stop()
  })

  it('leaves Kisi alone while its key is refused, but still checks visitors out', async () => {
    const { background, calls } = backgroundWith('key-invalid')
    background.start()
    await vi.advanceTimersByTimeAsync(120_000)
    expect(calls.jobs).toBe(0)
    expect(calls.reconciles).toBe(0)
    expect(calls.checkOuts.length).toBeGreaterThan(1)
    background.stop()
  })

  it('runs the outbox at once, with every waiting job brought forward, when Kisi can be used again', async () => {
    const { background, calls, finishJobs, resume } = backgroundWith()
    background.start()
    await vi.advanceTimersByTimeAsync(0)
    finishJobs()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(calls.jobs).toBe(1)

    resume()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toMatchObject({ jobs: 2, broughtForward: 1 })
    finishJobs()
    background.stop()
    resume()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toMatchObject({ jobs: 2, broughtForward: 1 })
  })

  it('stops every timer', async () => {
    const { background, calls } = backgroundWith('key-invalid')
    background.start()
    await vi.advanceTimersByTimeAsync(0)
    background.stop()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(calls.checkOuts).toEqual(['visit-1'])
  })
})
