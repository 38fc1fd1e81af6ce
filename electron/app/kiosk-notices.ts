import type { StartupNotice, StartupNoticeKind, StartupNoticeParams } from '@shared/ipc/system-calls'
import type { Clock, Logger } from '../services/ports'

/**
 * What managers see under "Notices" on the console's overview: what the start found (a repaired
 * settings file, restored PINs, a lost database) and what the database checks find later. A notice
 * found again replaces the earlier one, so a damaged file seen every day stays one notice.
 */
export class KioskNotices {
  readonly #notices: StartupNotice[] = []
  readonly #clock: Clock
  readonly #logger: Logger

  constructor(clock: Clock, logger: Logger) {
    this.#clock = clock
    this.#logger = logger
  }

  add<Kind extends StartupNoticeKind>(kind: Kind, params: StartupNoticeParams<Kind>): void {
    const facts = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, Array.isArray(value) ? [...(value as string[])] : value]))
    const notice: StartupNotice = { kind, params: facts as StartupNotice['params'], at: this.#clock.now().toISOString() }
    const same = this.#notices.findIndex((known) => known.kind === kind && JSON.stringify(known.params) === JSON.stringify(notice.params))
    if (same === -1) this.#notices.push(notice)
    else this.#notices[same] = notice
    this.#logger.warn(`Notice for managers: ${kind}`, notice.params)
  }

  list(): StartupNotice[] {
    return structuredClone(this.#notices)
  }
}
