import { format } from 'date-fns'

/**
 * The calendar day (`YYYY-MM-DD`) a moment falls on in the kiosk's time zone: the access log's days,
 * the daily summary's and reception's "today" are all this one day.
 */
export const localDayOf = (moment: Date | number): string => format(moment, 'yyyy-MM-dd')
