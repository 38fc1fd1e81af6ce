import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defaultVisitPolicies } from '@shared/domain/default-visit-policies'
import type { KisiStatus } from '@shared/ipc/kisi-calls'
import OverviewSetupSteps from '@renderer/components/console/OverviewSetupSteps.vue'
import { createFakeKiosk } from './fake-kiosk'
import { notConnectedStatus } from './kisi-status-fixtures'

const notConnected: KisiStatus = notConnectedStatus
const withPlace: KisiStatus = { ...notConnected, state: 'connected', place: { id: 3, name: 'Demo HQ' } }
const { visitTypes } = defaultVisitPolicies
const withDoors = visitTypes.map((type) => (type.id === 'guest' ? { ...type, access: { groupId: 7, groupName: 'Visitors', doorNames: ['Main Entrance'], readerRestricted: false } } : type))

describe('OverviewSetupSteps', () => {
  it('lists what a new kiosk still needs, each linking to where it is done', () => {
    const wrapper = mount(OverviewSetupSteps, { props: { kisi: notConnected, visitTypes }, global: createFakeKiosk().mountOptions() })
    expect(wrapper.findAll('[data-testid="setup-step"]').map((step) => step.text())).toEqual([
      'Connect Kisi (or try the demo)',
      'Choose the Kisi place of this kiosk',
      'Give at least one visit type its doors',
    ])
    expect(wrapper.findAllComponents(RouterLinkStub).map((link) => link.props('to'))).toEqual([{ name: 'console-kisi' }, { name: 'console-kisi' }, { name: 'console-policies' }])
  })

  it('marks finished steps done and links only the rest', () => {
    const wrapper = mount(OverviewSetupSteps, { props: { kisi: withPlace, visitTypes }, global: createFakeKiosk().mountOptions() })
    expect(wrapper.findAll('[data-testid="setup-step"]').map((step) => step.text())).toEqual([
      'Connect Kisi (or try the demo) — done',
      'Choose the Kisi place of this kiosk — done',
      'Give at least one visit type its doors',
    ])
    expect(wrapper.findAllComponents(RouterLinkStub)).toHaveLength(1)
  })

  it('disappears once the kiosk can give visitors door access', () => {
    const wrapper = mount(OverviewSetupSteps, { props: { kisi: withPlace, visitTypes: withDoors }, global: createFakeKiosk().mountOptions() })
    expect(wrapper.find('[data-testid="setup-steps"]').exists()).toBe(false)
  })
})
