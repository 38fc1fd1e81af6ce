import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { KisiGroupChoice } from '@shared/ipc/kisi-calls'
import type { AccountDetail, AccountSummary, ActionStep, AssignRequest, Diagnosis, Door } from '@shared/schemas/account'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'

/** What the last action on an account did, in words, with its steps when it had several. */
export interface AccountReport {
  userId: number
  message: string
  steps: ActionStep[]
}

/** Kisi accounts for reception: the search, the open account, and every change to it. */
export const useAccountsStore = defineStore('accounts', () => {
  const kiosk = useKioskClient()
  const query = ref('')
  const page = ref(0)
  const results = ref<AccountSummary[]>([])
  const total = ref(0)
  const pageSize = ref(1)
  const searched = ref(false)
  const searchError = ref<string | null>(null)
  const account = ref<AccountDetail | null>(null)
  const accountError = ref<string | null>(null)
  const choices = ref<{ groups: KisiGroupChoice[]; doors: Door[] } | null>(null)
  const report = ref<AccountReport | null>(null)
  /** What was done to someone who has no page any more (a deletion), said once on the list. */
  const listReport = ref<string | null>(null)

  const pages = computed(() => Math.max(1, Math.ceil(total.value / pageSize.value)))

  /** Answers that arrive after a newer search started are dropped, so the list matches the box. */
  let searchNumber = 0
  async function search(nextQuery: string, nextPage = 0): Promise<void> {
    const mine = ++searchNumber
    query.value = nextQuery
    page.value = nextPage
    try {
      const found = await kiosk.accounts.search({ query: nextQuery.trim(), page: nextPage })
      if (mine !== searchNumber) return
      results.value = found.items
      total.value = found.total
      pageSize.value = Math.max(1, found.pageSize)
      searchError.value = null
    } catch (error) {
      if (mine === searchNumber) searchError.value = describeError(error)
    } finally {
      if (mine === searchNumber) searched.value = true
    }
  }

  async function open(userId: number): Promise<void> {
    if (account.value?.id !== userId) account.value = null
    accountError.value = null
    try {
      account.value = await kiosk.accounts.get({ userId })
    } catch (error) {
      accountError.value = describeError(error)
    }
  }

  async function loadChoices(): Promise<void> {
    choices.value = await kiosk.accounts.choices()
  }

  function tell(userId: number, message: string, steps: ActionStep[] = []): void {
    report.value = { userId, message, steps }
  }

  function shown(next: AccountDetail): AccountDetail {
    account.value = next
    return next
  }

  async function assign(request: AssignRequest): Promise<{ account: AccountDetail; steps: ActionStep[] }> {
    const answer = await kiosk.accounts.assign(request)
    shown(answer.account)
    return answer
  }

  async function revokeAssignment(userId: number, assignmentId: number): Promise<AccountDetail> {
    return shown(await kiosk.accounts.revokeAssignment({ userId, assignmentId }))
  }

  async function setAccess(userId: number, enabled: boolean): Promise<AccountDetail> {
    return shown(await kiosk.accounts.setAccess({ userId, enabled }))
  }

  async function disconnect(userId: number): Promise<void> {
    await kiosk.accounts.disconnect({ userId })
    if (account.value?.id === userId) account.value = { ...account.value, linkedHere: false }
  }

  async function remove(userId: number, confirmName: string): Promise<void> {
    await kiosk.accounts.delete({ userId, confirmName })
    results.value = results.value.filter((item) => item.id !== userId)
  }

  async function repair(userId: number): Promise<{ account: AccountDetail; steps: ActionStep[] }> {
    const answer = await kiosk.accounts.repair({ userId })
    shown(answer.account)
    return answer
  }

  function diagnose(userId: number, lockId: number): Promise<Diagnosis> {
    return kiosk.accounts.diagnose({ userId, lockId })
  }

  function reset(): void {
    searchNumber += 1
    query.value = ''
    page.value = 0
    results.value = []
    total.value = 0
    pageSize.value = 1
    searched.value = false
    searchError.value = null
    account.value = null
    accountError.value = null
    choices.value = null
    report.value = null
    listReport.value = null
  }

  return {
    query,
    page,
    results,
    total,
    pageSize,
    searched,
    searchError,
    account,
    accountError,
    choices,
    report,
    listReport,
    pages,
    search,
    open,
    loadChoices,
    tell,
    assign,
    revokeAssignment,
    setAccess,
    disconnect,
    remove,
    repair,
    diagnose,
    reset,
  }
})
