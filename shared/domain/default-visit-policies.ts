import type { VisitPolicies, VisitType } from '../schemas/visit-policy'

const weekdays = [1, 2, 3, 4, 5]

const houseRules =
  'I will follow the house rules and the instructions of my host and of reception, stay in the areas I was given access to, and check out when I leave. My name and visit details are kept for the visitor log.'

const base: Omit<VisitType, 'id' | 'name'> = {
  fields: { email: 'optional', phone: 'off', company: 'optional', host: 'required', purpose: 'off' },
  agreement: { text: houseRules, version: 1 },
  access: null,
  accessWindow: { mode: 'hours', hours: 8 },
  maxAccessHours: 12,
  checkInDays: weekdays,
  checkInFrom: '07:00',
  checkInUntil: '19:00',
  requiresApproval: false,
  autoCheckOutTime: '20:00',
}

/**
 * What a new kiosk starts with. None of them opens doors until a manager picks a Kisi group,
 * because group ids differ in every organisation.
 */
export const defaultVisitPolicies: VisitPolicies = {
  visitTypes: [
    { ...base, id: 'guest', name: 'Guest' },
    {
      ...base,
      id: 'contractor',
      name: 'Contractor',
      fields: { email: 'required', phone: 'required', company: 'required', host: 'required', purpose: 'required' },
      agreement: {
        text: 'I have read the site safety rules, will wear the protective equipment they require, and will report any incident to reception at once.',
        version: 1,
      },
      accessWindow: { mode: 'until', closingTime: '18:00' },
      checkInDays: [1, 2, 3, 4, 5, 6],
      checkInFrom: '06:00',
      checkInUntil: '18:00',
      requiresApproval: true,
      autoCheckOutTime: '19:00',
    },
    {
      ...base,
      id: 'interview',
      name: 'Interview',
      fields: { email: 'required', phone: 'optional', company: 'off', host: 'required', purpose: 'off' },
      accessWindow: { mode: 'hours', hours: 3 },
      checkInFrom: '08:00',
      checkInUntil: '18:00',
      autoCheckOutTime: '19:00',
    },
    {
      ...base,
      id: 'delivery',
      name: 'Delivery',
      fields: { email: 'off', phone: 'off', company: 'required', host: 'optional', purpose: 'off' },
      agreement: null,
      accessWindow: { mode: 'hours', hours: 1 },
      maxAccessHours: 2,
      checkInDays: [1, 2, 3, 4, 5, 6, 7],
      checkInFrom: '06:00',
      checkInUntil: '20:00',
      autoCheckOutTime: '21:00',
    },
    {
      ...base,
      id: 'day-pass',
      name: 'Day pass',
      fields: { email: 'required', phone: 'off', company: 'optional', host: 'off', purpose: 'off' },
      accessWindow: { mode: 'until', closingTime: '18:00' },
      checkInFrom: '07:00',
      checkInUntil: '12:00',
      autoCheckOutTime: '19:00',
    },
  ],
  denyList: { names: [], emails: [] },
}
