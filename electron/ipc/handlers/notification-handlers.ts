import type { NotificationStatus } from '@shared/schemas/arrival-notifications'
import type { DailySummary } from '../../services/notifications/daily-summary'
import type { HostNotifier, WebhookStatus } from '../../services/notifications/host-notifier'
import type { CallHandlers } from '../call-dispatcher'
import { audited, type AuditContext } from './audited'

type NotificationCallName = Extract<keyof CallHandlers, `notifications.${string}`>

export function createNotificationHandlers(notifier: HostNotifier, summary: DailySummary, context: AuditContext): Pick<CallHandlers, NotificationCallName> {
  const withSummary = async (webhook: Promise<WebhookStatus>): Promise<NotificationStatus> => ({
    ...(await webhook),
    dailySummary: { enabled: summary.enabled, lastSentDay: summary.lastSentDay },
  })
  return {
    'notifications.status': () => withSummary(notifier.status()),
    'notifications.configure': ({ webhookUrl }) =>
      audited(context, webhookUrl === null ? 'stop arrival notifications' : 'set the arrival notification webhook', () => withSummary(notifier.configure(webhookUrl)), {
        detail: (status) => status.target ?? '',
      }),
    'notifications.test': () => audited(context, 'send a test notification', () => withSummary(notifier.sendTest())),
    'notifications.dailySummary': ({ enabled }) =>
      audited(context, enabled ? 'turn the daily summary on' : 'turn the daily summary off', () => {
        summary.setEnabled(enabled)
        return withSummary(notifier.status())
      }),
  }
}
