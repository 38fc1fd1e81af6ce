/** Time, injected so lock-outs, sessions and expiry can be tested without waiting. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/**
 * Where main-process diagnostics go. Callers pass facts, never secrets: API keys, PINs and hashes
 * must not reach a log line.
 */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void
  warn(message: string, details?: Record<string, unknown>): void
  error(message: string, details?: Record<string, unknown>): void
}

export function createConsoleLogger(scope: string): Logger {
  const write = (level: string, message: string, details?: Record<string, unknown>): void => {
    const suffix = details ? ` ${JSON.stringify(details)}` : ''
    process.stderr.write(`${new Date().toISOString()} ${level} [${scope}] ${message}${suffix}\n`)
  }
  return {
    info: (message, details) => write('info', message, details),
    warn: (message, details) => write('warn', message, details),
    error: (message, details) => write('error', message, details),
  }
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }

/**
 * Saves the kiosk window's page, as its print stylesheet lays it out, as a PDF where the person
 * chooses in a save dialog. Electron only; answers false when they cancelled the dialog.
 */
export interface PagePdf {
  save(fileName: string): Promise<boolean>
}
