import { describe, expect, it } from 'vitest'

async function importFailure(load: () => Promise<unknown>): Promise<string> {
  try {
    await load()
    return 'imported'
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : ''
    return `${error instanceof Error ? error.message : String(error)} ${cause}`
  }
}

describe('the test setup', () => {
  it('makes a runtime import of electron fail loudly instead of downloading it', async () => {
    expect(await importFailure(() => import('electron'))).toMatch(/must not be imported at runtime/)
    expect(await importFailure(() => import('electron-store'))).toMatch(/imports electron/)
  })
})
