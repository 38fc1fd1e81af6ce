import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useToday } from '@renderer/composables/use-today'

const ShowsToday = defineComponent({
  setup() {
    const today = useToday()
    return () => h('p', today.value)
  },
})

describe('useToday', () => {
  afterEach(() => vi.useRealTimers())

  it('moves on to the new day at midnight while the screen stays open', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date(2026, 11, 3, 23, 59, 30))
    const wrapper = mount(ShowsToday)
    expect(wrapper.text()).toBe('2026-12-03')
    vi.advanceTimersByTime(60_000)
    await nextTick()
    expect(wrapper.text()).toBe('2026-12-04')
    wrapper.unmount()
  })
})
