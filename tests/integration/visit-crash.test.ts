import { beforeAll, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { startSandboxProcess, type SandboxProcess } from '../e2e/fixtures/sandbox-process'
import { startWebHostProcess, type WebHostProcess } from '../fixtures/web-host-process'
import { middayZone } from '../fixtures/midday-zone'
import { useTempDirectory } from '../fixtures/temp-directory'

const managerPin = '2468'
const receptionPin = '1357'

async function asManager(webHost: WebHostProcess, name: string, payload: unknown = {}): Promise<unknown> {
  expect((await webHost.call('staff.unlock', { pin: managerPin })).ok).toBe(true)
  try {
    const answer = await webHost.call(name, payload)
    expect(answer.ok, `${name}: ${JSON.stringify(answer.error)}`).toBe(true)
    return answer.value
  } finally {
    await webHost.call('staff.lock')
  }
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000, pollMs = 200): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() - started > timeoutMs) return value
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

interface Visitors {
  id: number
  name: string
  doorNames: string[]
}

/** A browser host on a data directory, connected to the sandbox process, that a scenario may kill and start again. */
interface Kiosk {
  sandbox: SandboxProcess
  webHost: WebHostProcess
  visitors: Visitors
  /** The visitor's links in Kisi; null when the sandbox refused the look (it shares the kiosk's 5 requests per second). */
  linksOf(visitorName: string): Promise<{ name: string }[] | null>
  /**
   * Checks the visitor in while Kisi is slow, so the kiosk is certainly waiting on it with the visit
   * committed, kills the kiosk, and starts it again on the same data; resolves once the restarted
   * kiosk shows the visit with its link issued.
   */
  crashDuringCheckIn(visitorName: string, faults?: Record<string, number>): Promise<void>
}

/** Runs a scenario against a fresh sandbox process and browser host (Guest opening Visitors at any hour), stopping both afterwards. */
async function withKiosk(dataDirectory: string, env: NodeJS.ProcessEnv, scenario: (kiosk: Kiosk) => Promise<void>): Promise<void> {
  const sandbox = await startSandboxProcess()
  const kiosk = { sandbox, webHost: await startWebHostProcess(dataDirectory, env) } as Kiosk
  try {
    expect((await kiosk.webHost.call('staff.setupPins', { managerPin, receptionPin })).ok).toBe(true)
    await asManager(kiosk.webHost, 'kisi.connect', { apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl, accessLinkBaseUrl: `${sandbox.baseUrl}/grouplinks/` })
    const groups = (await asManager(kiosk.webHost, 'kisi.groups')) as (Visitors & { readerRestricted: boolean })[]
    const visitors = groups.find((group) => group.name === 'Visitors')!
    const policies = (await asManager(kiosk.webHost, 'policies.get')) as { visitTypes: Record<string, unknown>[]; denyList: unknown }
    await asManager(kiosk.webHost, 'policies.save', {
      ...policies,
      visitTypes: policies.visitTypes.map((type) =>
        type['id'] === 'guest'
          ? { ...type, checkInDays: [1, 2, 3, 4, 5, 6, 7], checkInFrom: '00:00', checkInUntil: '23:59', access: { groupId: visitors.id, groupName: visitors.name, doorNames: visitors.doorNames, readerRestricted: false } }
          : type,
      ),
    })
    kiosk.visitors = visitors
    kiosk.linksOf = async (visitorName) => {
      const response = await fetch(`${sandbox.baseUrl}/group_links?group_id=${visitors.id}&limit=250`, { headers: { authorization: `KISI-LOGIN ${sandbox.apiKey}` } })
      if (!response.ok) return null
      return ((await response.json()) as { name: string }[]).filter((link) => link.name.startsWith(`${visitorName} (Guest)`))
    }
    kiosk.crashDuringCheckIn = async (visitorName, faults = {}) => {
      await sandbox.setFaults({ latencyMs: 1_500, ...faults })
      void kiosk.webHost.call('visits.checkIn', { visitTypeId: 'guest', visitor: { name: visitorName, host: 'Grace Hopper' }, agreementVersion: 1 }).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 500))
      await kiosk.webHost.stop('SIGKILL')
      await sandbox.setFaults({ latencyMs: 0 })
      kiosk.webHost = await startWebHostProcess(dataDirectory, env)
      const after = await eventually(() => visitsOf(kiosk.webHost), (list) => list[0]?.access.state === 'issued')
      expect(after).toMatchObject([{ visitor: { name: visitorName }, access: { state: 'issued' } }])
    }
    await scenario(kiosk)
  } finally {
    await kiosk.webHost.stop()
    await sandbox.stop()
  }
}

async function visitsOf(webHost: WebHostProcess): Promise<{ visitor: { name: string }; access: { state: string } }[]> {
  expect((await webHost.call('staff.unlock', { pin: receptionPin })).ok).toBe(true)
  try {
    return ((await webHost.call('visits.today')).value ?? []) as { visitor: { name: string }; access: { state: string } }[]
  } finally {
    await webHost.call('staff.lock')
  }
}

describe('a kiosk process killed in the middle of a check-in', () => {
  const tempDirectory = useTempDirectory()
  // The visit must stay "today" and clear of the Guest's automatic check-out, at any hour of the run.
  const webHostEnv = { ...process.env, TZ: middayZone(new Date()) }

  beforeAll(() => {
    if (!existsSync('dist/node/web-host.js') || !existsSync('dist/node/sandbox.js')) throw new Error('Build first: npm run build')
  })

  it('keeps the visit and, after restart, ends with exactly one access link', async () => {
    await withKiosk(tempDirectory(), webHostEnv, async (kiosk) => {
      await kiosk.crashDuringCheckIn('Ada Lovelace')
      expect(await eventually(() => kiosk.linksOf('Ada Lovelace'), (links) => links !== null)).toHaveLength(1)
    })
  }, 60_000)

  it('keeps exactly one link when Kisi carries out the create it was waiting on only after the restart made the link again', async () => {
    await withKiosk(tempDirectory(), webHostEnv, async (kiosk) => {
      // The kiosk waits 1.5 s on the create and dies; Kisi carries the create out 4 s later, after
      // the restarted kiosk has looked for it at least once.
      const checkedIn = Date.now()
      await kiosk.crashDuringCheckIn('Bea Late', { lateCreates: 1, lateCreateDelayMs: 4_000 })
      // Once the late create has certainly landed, the lookups before the new create or the sweep a
      // minute after it leave one link: well before reconciliation (minutes) would.
      const settled = await eventually(
        () => kiosk.linksOf('Bea Late'),
        (links) => Date.now() - checkedIn > 1_500 + 4_000 + 1_000 && links?.length === 1,
        90_000,
        1_000,
      )
      expect(settled).toHaveLength(1)
    })
  }, 150_000)
})
