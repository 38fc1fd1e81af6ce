import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseWebHostOptions } from './web-host-options'
import { runWebHost } from './run-web-host'

declare const __APP_VERSION__: string

/** `npm run start:web`: the browser host as a command. Prints the URL on one line, stops on SIGINT/SIGTERM. */
export async function webHostCommand(argv: readonly string[]): Promise<void> {
  const builtRenderer = join(dirname(fileURLToPath(import.meta.url)), '../renderer')
  try {
    const options = parseWebHostOptions(argv, process.env, builtRenderer)
    const webHost = await runWebHost(options, __APP_VERSION__)
    const stop = (): void => {
      webHost.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Frontdesk did not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`)
          process.exit(1)
        },
      )
    }
    // Listening before the address is printed: whoever reads it may stop the host at once, and a
    // signal with no listener yet would kill the process without closing the database.
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    process.stdout.write(`Frontdesk is running at ${webHost.server.url}\n`)
    process.stdout.write(`Data directory: ${options.dataDirectory} (secrets protected by a key file there)\n`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`Frontdesk could not start: ${message}\n`)
    process.exit(1)
  }
}
