import { enterPinByKeyboard, managerPin, receptionPin } from '../fixtures/web-host'
import { expect, managerCall, test } from '../fixtures/kiosk'

interface VisitType {
  id: string
  accessWindow: unknown
  access: { groupName: string; readerRestricted: boolean } | null
}

test('the manager edits a visit type, picks a reader-restricted group and saves', async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Visitor policies' }).click()

  const editor = page.getByTestId('type-editor')
  await expect(editor.getByLabel('Name', { exact: true })).toHaveValue('Guest')
  await editor.getByLabel('Hours', { exact: true }).fill('4')
  await editor.getByLabel('Kisi group').selectOption({ label: 'Deliveries (reader restriction)' })
  await expect(editor.getByTestId('reader-restricted-warning')).toHaveText(
    'Kisi Reader Restriction is on for this group: in-app unlocks are blocked, access links still work.',
  )
  await page.getByRole('button', { name: 'Save policies' }).click()
  await expect(page.getByRole('status')).toHaveText('Policies saved.')

  const policies = await managerCall<{ visitTypes: VisitType[] }>(kiosk, 'policies.get')
  expect(policies.visitTypes.find((type) => type.id === 'guest')).toMatchObject({
    accessWindow: { mode: 'hours', hours: 4 },
    access: { groupName: 'Deliveries', readerRestricted: true },
  })
})

test('an invalid entry is shown by its field and nothing is saved', async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Visitor policies' }).click()

  await page.getByTestId('type-editor').getByLabel('Name', { exact: true }).fill('')
  await page.getByLabel('E-mail addresses or @domains').fill('not-an-address')
  await page.getByRole('button', { name: 'Save policies' }).click()
  await expect(page.getByText('Enter a name')).toBeVisible()
  await expect(page.getByText('“not-an-address”: Use an e-mail address or @domain')).toBeVisible()

  const policies = await managerCall<{ visitTypes: { name: string }[] }>(kiosk, 'policies.get')
  expect(policies.visitTypes[0]?.name).toBe('Guest')
})

test('reception cannot open the policy editor', async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, receptionPin)
  await expect(page.getByTestId('staff-role')).toHaveText('Reception')
  await expect(page.getByRole('link', { name: 'Visitor policies' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Kisi', exact: true })).toHaveCount(0)

  await page.goto(`${kiosk.url}#/console/policies`)
  await expect(page).toHaveURL(/#\/console$/)
  await expect(page.getByText('Signed in as Reception')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Visitor policies' })).toHaveCount(0)
  expect((await kiosk.call('policies.get')).error?.code).toBe('forbidden')
})

test('the Access window choice shows its whole text at the kiosk’s screen sizes', async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Visitor policies' }).click()
  const select = page.getByTestId('type-editor').getByLabel('Access window')
  for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(viewport)
    for (const label of ['For a number of hours from check-in', 'Until a closing time']) {
      await select.selectOption({ label })
      const fit = await select.evaluate((element: HTMLSelectElement) => {
        // A select never overflows by scrollWidth; a copy sized to its content is as wide as the chosen text needs.
        const copy = element.cloneNode(true) as HTMLSelectElement
        copy.value = element.value
        Object.assign(copy.style, { fieldSizing: 'content', width: 'auto', minWidth: '0', position: 'absolute', visibility: 'hidden' })
        element.after(copy)
        const needed = copy.getBoundingClientRect().width
        copy.remove()
        // Nor may a neighbouring field cover its end (the text and the arrow).
        const box = element.getBoundingClientRect()
        const neighbours = [...element.closest('fieldset')!.querySelectorAll('input, select')].filter((other) => other !== element)
        const covered = neighbours.some((other) => {
          const rect = other.getBoundingClientRect()
          return rect.left < box.right && box.left < rect.right && rect.top < box.bottom && box.top < rect.bottom
        })
        return { textFits: needed <= box.width, covered }
      })
      expect(fit, `${label} at ${viewport.width} px`).toEqual({ textFits: true, covered: false })
    }
  }
})
