import { shortTime } from './short-time'
import { translate } from '@renderer/i18n'
import { describeDays } from './describe-days'

type Params = Record<string, string | number | readonly string[]>

/**
 * Facts that arrive as data, in the screen's words before they go into a text: weekday lists
 * (`days`: "1,2,3"), moments in the kiosk's time (`at`, `latest`: ISO), and lists of names.
 */
export function wordParams(params: Params, locale: string): Record<string, string | number> {
  const worded: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) worded[name] = new Intl.ListFormat(locale, { type: 'conjunction' }).format(value)
    else if (typeof value === 'string' && name === 'days') worded[name] = describeDays(value.split(',').map(Number), locale, translate)
    else if (typeof value === 'string' && (name === 'at' || name === 'latest')) worded[name] = shortTime(value)
    else worded[name] = value as string | number
  }
  return worded
}
