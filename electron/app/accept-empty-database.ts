/**
 * How a manager tells a kiosk to start although its database is missing or empty (see the README's
 * Recovery): a start-up switch, or an environment variable where a service manager starts the kiosk.
 * Both need access to the machine that holds the kiosk's files, the same access a restore needs;
 * a PIN on the screen cannot be the proof, since the PINs may have been lost with the files.
 */
export const acceptEmptyDatabaseSwitch = '--accept-empty-database'

export function acceptsEmptyDatabase(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return argv.includes(acceptEmptyDatabaseSwitch) || env['FRONTDESK_ACCEPT_EMPTY_DATABASE'] === '1'
}
