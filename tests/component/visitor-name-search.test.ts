import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'
import type { VisitMatch } from '@shared/schemas/visit'
import VisitorNameSearch from '@renderer/components/visitor/VisitorNameSearch.vue'
import { en } from '@renderer/locales/en'

const ada: VisitMatch = { visitId: 'v1', displayName: 'Ada L.', visitTypeName: 'Guest' }

function mountSearch(search: (query: string) => Promise<VisitMatch[]>): VueWrapper {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
  return mount(VisitorNameSearch, { props: { query: '', search, pickAction: 'checkOut' }, global: { plugins: [i18n] } }) as VueWrapper
}

describe('VisitorNameSearch', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lists nobody before 3 letters are typed', async () => {
    const search = vi.fn(async () => [ada])
    const wrapper = mountSearch(search)
    expect(wrapper.findAll('button')).toHaveLength(0)
    await wrapper.setProps({ query: 'Ad' })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(search).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('Type at least 3 letters.')
    expect(wrapper.findAll('button')).toHaveLength(0)
  })

  it('asks once after a burst of typing and offers the masked matches to tap', async () => {
    const search = vi.fn(async () => [ada])
    const wrapper = mountSearch(search)
    for (const query of ['Ada', 'Ada ', 'Ada L']) await wrapper.setProps({ query })
    await vi.advanceTimersByTimeAsync(300)
    expect(search).toHaveBeenCalledTimes(1)
    expect(search).toHaveBeenCalledWith('Ada L')
    const match = wrapper.get('button')
    expect(match.text()).toContain('Ada L.')
    // Each match says whom tapping it is for, not one more button named like the rest.
    expect(match.attributes('aria-label')).toBe('Check out Ada L. (Guest)')
    await match.trigger('click')
    expect(wrapper.emitted('pick')).toEqual([[ada]])
  })

  it('drops an answer that arrives after the query changed', async () => {
    let answerFirst: (matches: VisitMatch[]) => void = () => undefined
    const search = vi
      .fn<(query: string) => Promise<VisitMatch[]>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce([])
    const wrapper = mountSearch(search)
    await wrapper.setProps({ query: 'Ada' })
    await vi.advanceTimersByTimeAsync(300)
    await wrapper.setProps({ query: 'Adx' })
    await vi.advanceTimersByTimeAsync(300)
    answerFirst([ada])
    await vi.advanceTimersByTimeAsync(0)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.text()).toContain('No match. Check the spelling, or see reception.')
  })
})
