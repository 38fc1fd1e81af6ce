import { addHours, addMinutes, min } from 'date-fns'
import type { VisitType } from '../schemas/visit-policy'
import { nextTimeOfDay } from './time-of-day'

/**
 * Links start a few minutes early: if the kiosk's clock runs ahead of Kisi's, a link starting
 * "now" would be refused as not yet valid for the first minutes of the visit.
 */
export const clockToleranceMinutes = 5

export interface AccessWindow {
  validFrom: Date
  validUntil: Date
}

/**
 * When a visitor's doors open and close, by the visit type's rule and never beyond its maximum, nor
 * beyond the visit's automatic check-out (`endsBy`): a link must not outlive the visit it was made for.
 */
export function accessWindowFor(type: Pick<VisitType, 'accessWindow' | 'maxAccessHours'>, checkInAt: Date, endsBy: Date | null = null): AccessWindow {
  const ruleEnd = type.accessWindow.mode === 'hours' ? addHours(checkInAt, type.accessWindow.hours) : nextTimeOfDay(checkInAt, type.accessWindow.closingTime)
  const ends = [ruleEnd, addHours(checkInAt, type.maxAccessHours)]
  if (endsBy) ends.push(endsBy)
  return {
    validFrom: addMinutes(checkInAt, -clockToleranceMinutes),
    validUntil: min(ends),
  }
}

/** When a visit of this type is checked out by itself, or null when it never is. */
export function autoCheckOutFor(type: Pick<VisitType, 'autoCheckOutTime'>, checkInAt: Date): Date | null {
  return type.autoCheckOutTime ? nextTimeOfDay(checkInAt, type.autoCheckOutTime) : null
}
