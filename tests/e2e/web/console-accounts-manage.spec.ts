import type { Page } from '@playwright/test'
import { enterPinByKeyboard, receptionPin, type BrowserHost } from '../fixtures/web-host'
import { chooseDemoHq, expect, managerCall, test } from '../fixtures/kiosk'
import type { SandboxProcess } from '../fixtures/sandbox-process'

test.beforeEach(async ({ kiosk }) => {
  await chooseDemoHq(kiosk)
})

async function openAccounts(page: Page, kiosk: BrowserHost): Promise<void> {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, receptionPin)
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Kisi accounts' })).toBeVisible()
}

async function openAccount(page: Page, name: string): Promise<void> {
  await page.getByLabel('Search by name or e-mail').fill(name)
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await page.getByTestId('account-result').getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
}

interface KisiAnswer {
  status: number
  body: unknown
}

/** One call to the sandbox's Kisi API, as the holder of `key`. */
async function kisi(sandbox: SandboxProcess, key: string | null, path: string, init: { method?: string; body?: unknown } = {}): Promise<KisiAnswer> {
  const response = await fetch(`${sandbox.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `KISI-LOGIN ${key}` } : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
  return { status: response.status, body: await response.json() }
}

/**
 * A key of the demo's second admin, to check Kisi from the outside. Kisi counts its rate limit per
 * person, so these checks never use up the kiosk's own allowance (the first admin's key).
 */
async function checkerKey(sandbox: SandboxProcess): Promise<string> {
  const user = { domain: 'demo', email: 'security@demo.example', password: 'demo-password', otp_attempt: '123456' }
  const answer = await kisi(sandbox, null, '/logins', { method: 'POST', body: { login: { type: 'api', name: 'e2e checks' }, user } })
  expect(answer.status).toBe(200)
  return (answer.body as { secret: string }).secret
}

/** The person unlocks a door in their own Kisi app: a device login an admin makes for them, then the unlock. */
async function unlockInApp(sandbox: SandboxProcess, adminKey: string, email: string, doorName: string): Promise<{ status: number; code?: string }> {
  const login = await kisi(sandbox, adminKey, '/logins', { method: 'POST', body: { login: { type: 'device', email } } })
  const locks = (await kisi(sandbox, adminKey, '/locks')).body as { id: number; name: string }[]
  const door = locks.find((lock) => lock.name === doorName)
  if (!door) throw new Error(`The sandbox has no door ${doorName}`)
  const answer = await kisi(sandbox, (login.body as { secret: string }).secret, `/locks/${door.id}/unlock`, { method: 'POST', body: {} })
  return { status: answer.status, code: (answer.body as { code?: string }).code }
}

/** A `datetime-local` value in the browser's (and this machine's) time zone. */
function localInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

test('reception gives a new person a group and two doors with start and end; disabling stops their unlock, re-enabling restores it', async ({ page, kiosk, sandbox }) => {
  test.setTimeout(90_000)
  const adminKey = await checkerKey(sandbox)
  const tomUnlocks = () => unlockInApp(sandbox, adminKey, 'tom.tester@example.com', 'Office Floor 2')
  await openAccounts(page, kiosk)
  await page.getByRole('button', { name: 'Give a new person access' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Name', { exact: true }).fill('Tom Tester')
  await dialog.getByLabel('E-mail', { exact: true }).fill('tom.tester@example.com')
  await dialog.getByLabel('Managed user').check()
  const option = (kind: 'group' | 'door', name: string) => dialog.getByTestId(`assign-${kind}`).filter({ has: page.getByText(name, { exact: true }) }).getByRole('checkbox')
  await option('group', 'Meeting rooms').check()
  await option('door', 'Office Floor 2').check()
  await option('door', 'Reception').check()
  await expect(dialog.getByTestId('assign-flags')).toBeHidden()
  await dialog.getByLabel('Ends at').first().check()
  await dialog.locator('input[name="validUntil"]').fill(localInput(new Date(Date.now() + 2 * 86_400_000)))
  await dialog.getByRole('button', { name: 'Save access' }).click()

  // About twenty Kisi calls, paced under Kisi's 5 requests a second.
  await expect(page.getByTestId('account-report')).toHaveText('Access for Tom Tester was saved in Kisi.', { timeout: 15_000 })
  await expect(page.getByTestId('account-step')).toHaveCount(4)
  await expect(page.getByTestId('account-step').filter({ hasText: '(failed)' })).toHaveCount(0)
  await expect(page.getByTestId('account-step').first()).toContainText('Created the Kisi user Tom Tester (managed: Kisi sends no e-mails)')
  const rights = page.getByTestId('account-right')
  await expect(rights).toHaveCount(2)
  await expect(rights.filter({ hasText: 'Chosen doors' })).toContainText('Office Floor 2')
  await expect(rights.filter({ hasText: 'Chosen doors' })).toContainText('Reception')
  await expect(rights.filter({ hasText: 'Meeting rooms' }).getByTestId('account-right-validity')).toContainText(' – ')
  await expect(page.getByTestId('account-linked')).toHaveText('Given access at this kiosk')
  expect(await tomUnlocks()).toMatchObject({ status: 200 })

  await page.getByRole('button', { name: 'Temporarily disable' }).click()
  await expect(page.getByTestId('account-report')).toHaveText('Tom Tester’s access is disabled in Kisi. Nothing opens for them until it is re-enabled.')
  await expect(page.getByTestId('account-access')).toHaveText('Access disabled')
  expect(await tomUnlocks()).toEqual({ status: 403, code: 'fcd8ff' })

  await page.getByRole('button', { name: 'Re-enable' }).click()
  await expect(page.getByTestId('account-report')).toHaveText('Tom Tester’s access is enabled again.')
  expect(await tomUnlocks()).toMatchObject({ status: 200 })
})

test('repair re-adds each access right; disconnect leaves the Kisi user; delete removes it after confirmation', async ({ page, kiosk, sandbox }) => {
  test.setTimeout(60_000)
  const groups = await managerCall<{ id: number; name: string }[]>(kiosk, 'kisi.groups')
  await managerCall(kiosk, 'accounts.assign', {
    user: { name: 'Dana Door', email: 'dana.door@example.com', managed: true },
    groupIds: [groups.find((group) => group.name === 'Meeting rooms')!.id],
    lockIds: [],
    validFrom: new Date(Date.now() - 60_000).toISOString(),
    validUntil: null,
  })
  const adminKey = await checkerKey(sandbox)
  const danaInKisi = async () => (await kisi(sandbox, adminKey, '/users?email=dana.door%40example.com')).body as unknown[]
  await openAccounts(page, kiosk)
  await openAccount(page, 'Dana Door')

  await page.getByRole('button', { name: 'Repair access' }).click()
  await expect(page.getByTestId('account-report')).toHaveText('Access of Dana Door was repaired.')
  await expect(page.getByTestId('account-step')).toHaveText([/Removed access through “Meeting rooms” \(done\)/, /Added access through “Meeting rooms” again \(done\)/])
  await expect(page.getByTestId('account-right')).toHaveCount(1)

  await page.getByRole('button', { name: 'Disconnect from this kiosk' }).click()
  await expect(page.getByTestId('account-report')).toHaveText('Dana Door is disconnected from this kiosk. Their Kisi account is untouched.')
  await expect(page.getByTestId('account-linked')).toHaveText('Not given access at this kiosk')
  expect(await danaInKisi()).toHaveLength(1)

  await page.getByRole('button', { name: 'Delete Kisi user' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete Dana Door from Kisi?' })
  await expect(dialog).toContainText('It cannot be undone.')
  const confirm = dialog.getByRole('button', { name: 'Delete Dana Door' })
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel('Type “Dana Door” to confirm').fill('Dana')
  await expect(confirm).toBeDisabled()
  expect(await danaInKisi()).toHaveLength(1)
  await dialog.getByLabel('Type “Dana Door” to confirm (capitals, accents and extra spaces do not matter)').fill('dana door')
  await confirm.click()
  // Back on the list, which says what was done, rather than on the page of someone who is gone.
  await expect(page.getByRole('heading', { name: 'Kisi accounts' })).toBeVisible()
  await expect(page.getByTestId('accounts-report')).toHaveText('Dana Door was deleted from Kisi.')
  expect(await danaInKisi()).toHaveLength(0)
})

test('diagnosing a Deliveries member on the Loading Dock shows the group’s Kisi Reader Restriction and Kisi’s refusal', async ({ page, kiosk, sandbox }) => {
  const refused = await unlockInApp(sandbox, await checkerKey(sandbox), 'jonas.weber@demo.example', 'Loading Dock')
  expect(refused.status).toBe(403)
  await openAccounts(page, kiosk)
  await openAccount(page, 'Jonas Weber')
  await expect(page.getByTestId('account-right').filter({ hasText: 'Deliveries' }).getByTestId('account-right-restricted')).toBeVisible()
  await page.getByRole('combobox', { name: /^Door/ }).selectOption({ label: 'Loading Dock' })
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click()
  await expect(page.getByTestId('diagnosis-verdict')).toHaveText('Jonas Weber cannot unlock Loading Dock.')
  const restriction = page.getByTestId('diagnosis-finding').filter({ hasText: 'The Kisi Reader Restriction is on for Deliveries.' })
  await expect(restriction).toContainText('Fix: Turn off the Kisi Reader Restriction in the group')
  const fromLog = page.getByTestId('diagnosis-finding').filter({ hasText: 'Kisi’s access log: Jonas Weber’s last unlock of Loading Dock was refused on' })
  await expect(fromLog).toContainText(`(code ${refused.code}): The Kisi Reader Restriction is on for this door or group`)
})
