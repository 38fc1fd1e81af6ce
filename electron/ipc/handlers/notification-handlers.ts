import type { HostNotifier } from '../../services/notifications/host-notifier'
import type { CallHandlers } from '../call-dispatcher'
import { audited, type AuditContext } from './audited'

type NotificationCallName = Extract<keyof CallHandlers, `notifications.${string}`>

export function createNotificationHandlers(notifier: HostNotifier, context: AuditContext): Pick<CallHandlers, NotificationCallName> {
  return {
    'notifications.status': () => notifier.status(),
    'notifications.configure': ({ webhookUrl }) =>
      audited(context, webhookUrl === null ? 'stop arrival notifications' : 'set the arrival notification webhook', () => notifier.configure(webhookUrl), {
        detail: (status) => status.target ?? '',
      }),
    'notifications.test': () => audited(context, 'send a test notification', () => notifier.sendTest()),
  }
}
