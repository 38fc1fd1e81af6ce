import { beforeAll, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { startSandboxProcess } from '../e2e/fixtures/sandbox-process'
import { startWebHostProcess, type WebHostProcess } from '../fixtures/web-host-process'
import { middayZone } from '../fixtures/midday-zone'
import { useTempDirectory } from '../fixtures/temp-directory'

const managerPin = '2468'

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

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() - started > timeoutMs) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('a kiosk process killed in the middle of a check-in', () => {
  const tempDirectory = useTempDirectory()

  beforeAll(() => {
    if (!existsSync('dist/node/web-host.js') || !existsSync('dist/node/sandbox.js')) throw new Error('Build first: npm run build')
  })

  it('keeps the visit and, after restart, ends with exactly one access link', async () => {
    const sandbox = await startSandboxProcess()
    const dataDirectory = tempDirectory()
    // The visit must stay "today" and clear of the Guest's automatic check-out, at any hour of the run.
    const webHostEnv = { ...process.env, TZ: middayZone(new Date()) }
    let webHost = await startWebHostProcess(dataDirectory, webHostEnv)
    try {
      expect((await webHost.call('staff.setupPins', { managerPin, receptionPin: '1357' })).ok).toBe(true)
      await asManager(webHost, 'kisi.connect', { apiKey: sandbox.apiKey, baseUrl: sandbox.baseUrl, accessLinkBaseUrl: `${sandbox.baseUrl}/grouplinks/` })
      const groups = (await asManager(webHost, 'kisi.groups')) as { id: number; name: string; readerRestricted: boolean; doorNames: string[] }[]
      const visitors = groups.find((group) => group.name === 'Visitors')!
      const policies = (await asManager(webHost, 'policies.get')) as { visitTypes: Record<string, unknown>[]; denyList: unknown }
      await asManager(webHost, 'policies.save', {
        ...policies,
        visitTypes: policies.visitTypes.map((type) =>
          type['id'] === 'guest'
            ? { ...type, checkInDays: [1, 2, 3, 4, 5, 6, 7], checkInFrom: '00:00', checkInUntil: '23:59', access: { groupId: visitors.id, groupName: visitors.name, doorNames: visitors.doorNames, readerRestricted: false } }
            : type,
        ),
      })

      // Kisi answers slowly, so the kiosk is certainly waiting on it, with the visit committed, when it dies.
      await sandbox.setFaults({ latencyMs: 1_500 })
      void webHost.call('visits.checkIn', { visitTypeId: 'guest', visitor: { name: 'Ada Lovelace', host: 'Grace Hopper' }, agreementVersion: 1 }).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 500))
      await webHost.stop('SIGKILL')
      await sandbox.setFaults({ latencyMs: 0 })

      webHost = await startWebHostProcess(dataDirectory, webHostEnv)
      const linksFor = async () => {
        const response = await fetch(`${sandbox.baseUrl}/group_links?group_id=${visitors.id}&limit=250`, { headers: { authorization: `KISI-LOGIN ${sandbox.apiKey}` } })
        return ((await response.json()) as { name: string }[]).filter((link) => link.name.startsWith('Ada Lovelace (Guest)'))
      }
      const visits = async () => {
        expect((await webHost.call('staff.unlock', { pin: '1357' })).ok).toBe(true)
        try {
          return ((await webHost.call('visits.today')).value ?? []) as { visitor: { name: string }; access: { state: string } }[]
        } finally {
          await webHost.call('staff.lock')
        }
      }
      const after = await eventually(visits, (list) => list[0]?.access.state === 'issued')
      expect(after).toMatchObject([{ visitor: { name: 'Ada Lovelace' }, access: { state: 'issued' } }])
      expect(await linksFor()).toHaveLength(1)
    } finally {
      await webHost.stop()
      await sandbox.stop()
    }
  }, 60_000)
})
