/**
 * Where the sandbox reports a request that failed unexpectedly. Any logger with this one method
 * fits, so the app passes its own when it starts the demo; `npm run sandbox` and tests write to stderr.
 */
export interface SandboxLogger {
  error(message: string, details: Record<string, unknown>): void
}

export const stderrLogger: SandboxLogger = {
  error: (message, details) => void process.stderr.write(`${new Date().toISOString()} error [kisi-sandbox] ${message} ${JSON.stringify(details)}\n`),
}
