import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { webHostCommand } from '../web-host/web-host-cli'
import { electronPackageDirectory, findElectronBinary } from './electron-binary'
import { createElectronDownload } from './electron-download'
import { ensureElectron } from './ensure-electron'

/**
 * `npm start`: the Electron app, its binary downloaded first if this is the first start; where that
 * cannot be done, one line saying why, then the browser host, so the kiosk still runs on machines
 * that cannot download Electron.
 */
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../..')

async function launch(): Promise<void> {
  const packageDirectory = electronPackageDirectory()
  const electron = await ensureElectron({
    find: () => findElectronBinary(),
    fetch: packageDirectory ? createElectronDownload(packageDirectory) : () => Promise.reject(new Error('the electron package is not installed')),
    print: (line) => process.stdout.write(`${line}\n`),
    env: process.env,
  })
  if (!electron.found) return startHostInstead(`Electron is not available (${electron.reason})`)
  const env = { ...process.env }
  delete env['ELECTRON_RUN_AS_NODE']
  const child = spawn(electron.path, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit', env })
  child.on('error', (error) => startHostInstead(`Electron could not be started: ${error.message}`))
  // A kiosk killed by a signal did not end well; report it as a failure, not as success.
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function startHostInstead(reason: string): void {
  process.stdout.write(`${reason}; starting the browser host instead.\n`)
  void webHostCommand(process.argv.slice(2))
}

void launch()
