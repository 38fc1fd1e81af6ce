import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseHostOptions } from './host-options'
import { runHost } from './run-host'

declare const __APP_VERSION__: string

/** `npm run start:web`: the browser host as a command. Prints the URL on one line, stops on SIGINT/SIGTERM. */
export async function hostCommand(argv: readonly string[]): Promise<void> {
  const builtRenderer = join(dirname(fileURLToPath(import.meta.url)), '../renderer')
  try {
    const options = parseHostOptions(argv, process.env, builtRenderer)
    const host = await runHost(options, __APP_VERSION__)
    process.stdout.write(`Frontdesk is running at ${host.server.url}\n`)
    process.stdout.write(`Data directory: ${options.dataDirectory} (secrets protected by a key file there)\n`)
    const stop = (): void => {
      host.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Frontdesk did not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`)
          process.exit(1)
        },
      )
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`Frontdesk could not start: ${message}\n`)
    process.exit(1)
  }
}
