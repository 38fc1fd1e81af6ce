import { describe, expect, it } from 'vitest'
import { sandboxCommand, type SandboxCommandIo } from '../../electron/kisi-sandbox/sandbox-cli'

function fakeIo() {
  let exit: (code: number) => void = () => {}
  const exited = new Promise<number>((resolve) => (exit = resolve))
  const captured = {
    out: '',
    err: '',
    stop: (): void => {
      throw new Error('No stop handler was registered')
    },
  }
  const seams: SandboxCommandIo = {
    stdout: (text) => (captured.out += text),
    stderr: (text) => (captured.err += text),
    exit: (code) => exit(code),
    onStopSignal: (handler) => (captured.stop = handler),
  }
  return { captured, seams, exited }
}

describe('npm run sandbox', () => {
  it('prints the KISI_* lines, serves the demo doors to the printed key, and stops cleanly', async () => {
    const { captured, seams, exited } = fakeIo()
    await sandboxCommand(['--latency', '1'], seams)
    const lines = captured.out.split('\n')
    expect(lines[0]).toMatch(/^KISI_BASE_URL=http:\/\/127\.0\.0\.1:\d+$/)
    expect(lines[1]).toMatch(/^KISI_API_KEY=[0-9a-f]{40}$/)
    expect(lines.slice(2, 5)).toEqual(['KISI_DOMAIN=demo', 'KISI_EMAIL=admin@demo.example', 'KISI_PASSWORD=demo-password'])
    expect(lines[5]).toMatch(/^KISI_SANDBOX_CONTROL_TOKEN=[\w-]{32}$/)
    expect(lines[6]).toContain('Stop with Ctrl+C')

    const baseUrl = lines[0]!.slice('KISI_BASE_URL='.length)
    const response = await fetch(`${baseUrl}/locks`, { headers: { authorization: `KISI-LOGIN ${lines[1]!.slice('KISI_API_KEY='.length)}` } })
    const doors = (await response.json()) as { name: string }[]
    expect(doors.map((door) => door.name)).toContain('Main Entrance')

    captured.stop()
    expect(await exited).toBe(0)
    await expect(fetch(`${baseUrl}/locks`)).rejects.toThrow()
    expect(captured.err).toBe('')
  })

  it('makes a new control token each run and opens the control routes only to it', async () => {
    const runs = [fakeIo(), fakeIo()]
    for (const run of runs) await sandboxCommand([], run.seams)
    const printed = runs.map(({ captured }) => Object.fromEntries(captured.out.split('\n').map((line) => line.split(/=(.*)/s))))
    const [first, second] = printed.map((lines) => ({ baseUrl: lines['KISI_BASE_URL'] as string, token: lines['KISI_SANDBOX_CONTROL_TOKEN'] as string }))
    expect(first!.token).not.toBe(second!.token)

    const faults = (token: string) => fetch(`${first!.baseUrl}/__sandbox/faults`, { headers: { authorization: `Bearer ${token}` } })
    expect((await faults(first!.token)).status).toBe(200)
    expect((await faults(second!.token)).status).toBe(401)
    for (const run of runs) {
      run.captured.stop()
      expect(await run.exited).toBe(0)
    }
  })

  it('refuses bad options with one plain line and exit code 1', async () => {
    const { captured, seams, exited } = fakeIo()
    await sandboxCommand(['--error-rate', 'lots'], seams)
    expect(await exited).toBe(1)
    expect(captured.err).toBe('Kisi sandbox could not start: --error-rate must be a number from 0 to 1 (got "lots")\n')
    expect(captured.out).toBe('')
  })
})
