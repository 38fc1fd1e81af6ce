import type { AccessLogFilter } from '@shared/domain/access-log/access-log-filter'
import type { AccessLogDoorChoice } from '@shared/domain/access-log/access-log-choices'
import { translate } from '@renderer/i18n'

/**
 * The active filters in words, for the printed report's header ("Door: Front door · Outcome:
 * Refused"); empty when nothing narrows the day.
 */
export function accessLogFilterWords(filter: AccessLogFilter, doors: readonly AccessLogDoorChoice[]): string {
  const parts: string[] = []
  const named = (label: 'door' | 'kind' | 'outcome' | 'person' | 'source' | 'search', value: string): void => void parts.push(`${translate(`accessLog.filters.${label}`)}: ${value}`)
  if (filter.doorId !== null) named('door', doors.find((door) => door.id === filter.doorId)?.name ?? `#${filter.doorId}`)
  if (filter.kind !== null) named('kind', translate(`accessLog.kinds.${filter.kind}`))
  if (filter.outcome !== null) named('outcome', translate(`accessLog.outcomes.${filter.outcome}`))
  if (filter.person !== null) named('person', filter.person)
  if (filter.source !== null) named('source', translate(`accessLog.sources.${filter.source}`))
  if (filter.search.trim() !== '') named('search', `“${filter.search.trim()}”`)
  return parts.join(' · ')
}
