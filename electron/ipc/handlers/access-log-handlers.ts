import type { AccessLogSync } from '../../services/access-log/access-log-sync'
import type { CallHandlers } from '../call-dispatcher'

export function createAccessLogHandlers(sync: AccessLogSync): Pick<CallHandlers, 'accessLog.sync' | 'accessLog.syncStatus'> {
  return {
    'accessLog.sync': () => sync.sync(),
    'accessLog.syncStatus': () => sync.status(),
  }
}
