import { webHostCommand } from './web-host-cli'

void webHostCommand(process.argv.slice(2))
