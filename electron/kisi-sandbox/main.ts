import { sandboxCommand } from './sandbox-cli'

void sandboxCommand(process.argv.slice(2))
