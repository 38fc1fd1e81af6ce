import { flushPromises, mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { vi } from 'vitest'
import { routeLocationKey, routerKey } from 'vue-router'
import type { AppErrorShape } from '@shared/errors'
import type { KisiGroupChoice } from '@shared/ipc/kisi-calls'
import type { AccountDetail, Door } from '@shared/schemas/account'
import ConsoleAccountView from '@renderer/views/console/ConsoleAccountView.vue'
import { ok, type FakeKiosk } from './fake-kiosk'

/** What main answers when the name typed to confirm a deletion is not Jonas's. */
export const nameMismatchRefusal: AppErrorShape = {
  code: 'invalid_request',
  message: 'The confirmation does not match the user’s name',
  reason: 'deleteNameMismatch',
  params: { name: 'Jonas Weber' },
  fields: { confirmName: ['nameMismatch'] },
}

/** Jonas as the demo organisation has him: Staff, and Deliveries with its Kisi Reader Restriction. */
export const jonas: AccountDetail = {
  id: 21,
  name: 'Jonas Weber',
  email: 'jonas.weber@demo.example',
  accessEnabled: true,
  lastAccessedAt: null,
  linkedHere: true,
  cards: [{ id: 31, label: 'Card 42:10003' }],
  assignments: [
    {
      id: 41,
      groupId: 11,
      groupName: 'Staff',
      roleId: 'group_basic',
      validFrom: null,
      validUntil: null,
      doorNames: ['Main Entrance', 'Roof Terrace'],
      readerRestricted: false,
      isDoorSelection: false,
    },
    {
      id: 42,
      groupId: 12,
      groupName: 'Deliveries',
      roleId: 'group_basic',
      validFrom: '2030-05-06T07:00:00.000Z',
      validUntil: '2030-05-10T16:30:00.000Z',
      doorNames: ['Loading Dock', 'Main Entrance'],
      readerRestricted: true,
      isDoorSelection: false,
    },
  ],
}

export const groups: KisiGroupChoice[] = [
  { id: 10, name: 'Visitors', readerRestricted: false, doorNames: ['Main Entrance', 'Reception'] },
  { id: 11, name: 'Staff', readerRestricted: false, doorNames: ['Main Entrance', 'Roof Terrace'] },
  { id: 12, name: 'Deliveries', readerRestricted: true, doorNames: ['Loading Dock', 'Main Entrance'] },
]

export const doors: Door[] = [
  { id: 1, name: 'Main Entrance', online: true, readerRestricted: false, lockedDown: false },
  { id: 2, name: 'Reception', online: true, readerRestricted: false, lockedDown: false },
  { id: 6, name: 'Loading Dock', online: true, readerRestricted: false, lockedDown: false },
  { id: 7, name: 'Server Room', online: true, readerRestricted: true, lockedDown: false },
  { id: 8, name: 'Roof Terrace', online: false, readerRestricted: false, lockedDown: false },
  { id: 9, name: 'Office Floor 2', online: true, readerRestricted: false, lockedDown: true },
]

/** Jonas's account page, with Kisi answering the reads; each test arranges the change it makes. `query`: the address's, as a link from the access log gives it. */
export async function mountAccountPage(fake: FakeKiosk, account: AccountDetail = jonas, query: Record<string, string> = {}): Promise<{ wrapper: VueWrapper; push: ReturnType<typeof vi.fn>; replace: ReturnType<typeof vi.fn> }> {
  fake.calls['accounts.get'].mockImplementation(() => ok(account))
  fake.calls['accounts.choices'].mockImplementation(() => ok({ groups, doors }))
  fake.calls['doors.list'].mockImplementation(() => ok(doors))
  const push = vi.fn()
  const replace = vi.fn()
  const options = fake.mountOptions()
  const wrapper = mount(ConsoleAccountView, {
    props: { userId: account.id },
    global: { ...options, provide: { [routerKey as symbol]: { push, replace }, [routeLocationKey as symbol]: { query } } },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, push, replace }
}

export function buttonOf(wrapper: Pick<DOMWrapper<Element>, 'findAll' | 'text'>, label: string): DOMWrapper<HTMLButtonElement> {
  const found = wrapper.findAll<HTMLButtonElement>('button').find((candidate) => candidate.text() === label)
  if (!found) throw new Error(`No button “${label}” in:\n${wrapper.text()}`)
  return found
}
