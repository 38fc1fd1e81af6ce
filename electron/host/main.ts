import { hostCommand } from './host-cli'

void hostCommand(process.argv.slice(2))
