import { flushPromises, mount } from '@vue/test-utils'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'
import type { VisitorPass as Pass } from '@shared/schemas/visit'
import VisitorPass from '@renderer/components/visitor/VisitorPass.vue'
import { en } from '@renderer/locales/en'

const pass: Pass = {
  visitId: 'v1',
  visitorName: 'Ada Lovelace',
  visitTypeName: 'Guest',
  linkUrl: 'https://web.kisi.io/grouplinks/abcdefgh12345678',
  passCode: 'M2XA-K7QF',
  doorNames: ['Main Entrance', 'Reception'],
  validUntil: new Date(new Date().setHours(18, 30, 0, 0)).toISOString(),
}

function mountPass(): ReturnType<typeof mount> {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
  return mount(VisitorPass, { props: { pass }, global: { plugins: [i18n] } })
}

describe('VisitorPass', () => {
  it('draws the link as a PNG QR code in an image, drawn on the kiosk itself', async () => {
    const wrapper = mountPass()
    expect(wrapper.text()).toContain('Preparing your code…')
    // Encoding the PNG finishes on a later turn of the event loop, not on the next microtask.
    await vi.waitFor(() => expect(wrapper.find('img[data-testid="pass-qr"]').exists()).toBe(true))
    const image = wrapper.find('img[data-testid="pass-qr"]')
    const source = image.attributes('src') ?? ''
    expect(source).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)
    const png = PNG.sync.read(Buffer.from(source.slice(source.indexOf(',') + 1), 'base64'))
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(pass.linkUrl)
    expect(image.attributes('alt')).toBe('QR code of your door access link')
  })

  it('shows the name, the doors, the end of the access today and how to use it', async () => {
    const wrapper = mountPass()
    await flushPromises()
    expect(wrapper.find('[data-testid="pass-name"]').text()).toBe('Ada Lovelace')
    expect(wrapper.text()).toContain('Opens: Main Entrance and Reception')
    expect(wrapper.text()).toMatch(/Valid until 06:30\sPM/)
    expect(wrapper.text()).toContain('Scan this code with your phone’s camera')
    expect(wrapper.find('[data-testid="pass-code"]').text()).toBe('Pass code M2XA-K7QF')
    expect(wrapper.text()).not.toContain('abcdefgh12345678')
  })

  it('never sends the visitor to a door reader: the code holds the web link, which Kisi readers do not read', async () => {
    const wrapper = mountPass()
    await flushPromises()
    expect(wrapper.findAll('.visitor-pass__how li').map((step) => step.text())).toEqual([
      'Scan this code with your phone’s camera and open the link.',
      'At the door, tap “Unlock” on that page.',
    ])
    expect(wrapper.text()).not.toMatch(/reader/i)
  })
})
