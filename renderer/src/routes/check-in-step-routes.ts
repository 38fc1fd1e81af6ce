import type { CheckInStep } from '../stores/check-in'

/**
 * The screen each step of the check-in store leads to; `stay` keeps the visitor where they are. Apart from
 * the route table, because the screens use it and the route table loads the screens.
 */
export const checkInStepRoutes: Record<Exclude<CheckInStep, 'stay'>, string> = {
  result: 'check-in-result',
  closed: 'check-in-closed',
  details: 'check-in-details',
  agreement: 'check-in-agreement',
  // Both only arise on the invitation screen, which shows them itself.
  confirm: 'check-in-invite',
  'need-code': 'check-in-invite',
}
