import { createControlToken } from './control-token'
import { demoCredentials } from './demo-seed'
import { startKisiSandbox } from './kisi-sandbox'
import { parseSandboxOptions } from './sandbox-options'

/** The process seams of the command, replaced in tests. */
export interface SandboxCommandIo {
  stdout(text: string): void
  stderr(text: string): void
  exit(code: number): void
  onStopSignal(handler: () => void): void
}

const processIo: SandboxCommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  exit: (code) => process.exit(code),
  onStopSignal: (handler) => {
    process.once('SIGINT', handler)
    process.once('SIGTERM', handler)
  },
}

/**
 * `npm run sandbox`: the Kisi sandbox as a command. Prints the KISI_* lines a client needs (one per
 * line, so a shell or a test can read them), then a line for people; stops cleanly on SIGINT/SIGTERM.
 * Its control routes are on, behind a token made for this run and printed with the other lines.
 */
export async function sandboxCommand(argv: readonly string[], io: SandboxCommandIo = processIo): Promise<void> {
  try {
    const options = parseSandboxOptions(argv)
    const controlToken = createControlToken()
    const sandbox = await startKisiSandbox({ port: options.port, faults: options.faults, controlToken })
    const lines = [
      `KISI_BASE_URL=${sandbox.url}`,
      `KISI_API_KEY=${sandbox.apiKey}`,
      `KISI_DOMAIN=${demoCredentials.domain}`,
      `KISI_EMAIL=${demoCredentials.adminEmail}`,
      `KISI_PASSWORD=${demoCredentials.password}`,
      `KISI_SANDBOX_CONTROL_TOKEN=${controlToken}`,
      `Kisi sandbox with the demo organisation is running; access-link pages at ${sandbox.accessLinkBaseUrl}<secret>; ` +
        'control routes (/__sandbox/*) need "Authorization: Bearer $KISI_SANDBOX_CONTROL_TOKEN". Stop with Ctrl+C.',
    ]
    // Listening before the lines are printed: whoever reads them may stop the sandbox at once.
    io.onStopSignal(() => {
      sandbox.close().then(
        () => io.exit(0),
        (error: unknown) => {
          io.stderr(`Kisi sandbox did not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`)
          io.exit(1)
        },
      )
    })
    io.stdout(`${lines.join('\n')}\n`)
  } catch (error) {
    io.stderr(`Kisi sandbox could not start: ${error instanceof Error ? error.message : String(error)}\n`)
    io.exit(1)
  }
}
