import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { AppError } from '@shared/errors'
import type { CheckInOutcome, PublicVisitType, VisitMatch } from '@shared/schemas/visit'
import { optionalFieldNames } from '@shared/schemas/visit-policy'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'
import { fieldErrorsOf, type FieldErrors } from '@renderer/composables/field-errors'

export type InviteReference = { visitId: string; email?: string } | { inviteCode: string }
type Agreement = NonNullable<PublicVisitType['agreement']>

/**
 * Where the visitor goes after an action: the result, the "closed" screen, back to the form to fix
 * a field, the agreement, or nowhere (the message in `error` is shown where they are).
 */
export type CheckInStep = 'result' | 'closed' | 'details' | 'agreement' | 'confirm' | 'need-code' | 'stay'

/**
 * One visitor's check-in while it crosses several screens: the chosen type, the form as typed, an
 * invitation being redeemed, and the outcome. App resets it on idle so nothing reaches the next visitor.
 */
export const useCheckInStore = defineStore('check-in', () => {
  const kiosk = useKioskClient()
  const visitTypes = ref<PublicVisitType[] | null>(null)
  const visitTypeId = ref<string | null>(null)
  /** Every field typed so far, kept when the visitor goes back or an answer is refused. */
  const form = ref<Record<string, string>>({})
  /** The name or code typed to find an invitation, kept too: Back from a later screen finds it there. */
  const inviteSearch = ref('')
  const invite = ref<{ reference: InviteReference; visitTypeName: string; agreement: Agreement | null; confirmWith: 'nothing' | 'email' | 'code' } | null>(
    null,
  )
  const serverErrors = ref<FieldErrors>({})
  const error = ref<string | null>(null)
  /** Why check-in is closed (e.g. outside the type's hours), in the screen's words. */
  const refusal = ref<string | null>(null)
  const outcome = ref<CheckInOutcome | null>(null)
  const busy = ref(false)

  const visitType = computed(() => visitTypes.value?.find((type) => type.id === visitTypeId.value) ?? null)
  const agreement = computed(() => (invite.value ? invite.value.agreement : (visitType.value?.agreement ?? null)))
  const agreementFor = computed(() => invite.value?.visitTypeName ?? visitType.value?.name ?? '')

  async function loadTypes(): Promise<void> {
    error.value = null
    try {
      visitTypes.value = await kiosk.visitTypes.list()
    } catch (caught) {
      error.value = describeError(caught)
    }
  }

  function chooseType(id: string): void {
    visitTypeId.value = id
    invite.value = null
    serverErrors.value = {}
    error.value = null
  }

  /** Moving on to another screen: an earlier screen's messages would only confuse there. */
  function clearMessages(): void {
    error.value = null
    serverErrors.value = {}
  }

  /** Only the fields this type asks for: main refuses any other. */
  function visitorPayload(type: PublicVisitType): Record<string, string> {
    const asked = ['name', ...optionalFieldNames.filter((name) => type.fields[name] !== 'off')]
    return Object.fromEntries(asked.map((name) => [name, form.value[name] ?? '']))
  }

  /** Bumped by reset: an answer that arrives after the visitor has gone must not reach the next one. */
  let session = 0

  async function run(work: (isCurrent: () => boolean) => Promise<CheckInStep>): Promise<CheckInStep> {
    const started = session
    const isCurrent = (): boolean => session === started
    busy.value = true
    error.value = null
    try {
      const step = await work(isCurrent)
      return isCurrent() ? step : 'stay'
    } catch (caught) {
      return isCurrent() ? stepAfter(caught) : 'stay'
    } finally {
      if (isCurrent()) busy.value = false
    }
  }

  function stepAfter(caught: unknown): CheckInStep {
    error.value = describeError(caught)
    if (!(caught instanceof AppError)) return 'stay'
    if (caught.code === 'not_available') {
      refusal.value = error.value
      return 'closed'
    }
    const fields = fieldErrorsOf(caught)
    const aboutForm = Object.keys(fields).some((path) => path.startsWith('visitor.'))
    serverErrors.value = fields
    return aboutForm && !invite.value ? 'details' : 'stay'
  }

  /** Checks in with what was typed and, if the type has one, the version of the agreement accepted. */
  function submit(): Promise<CheckInStep> {
    return run(async (isCurrent) => {
      const version = agreement.value?.version ?? null
      const type = visitType.value
      let answer: CheckInOutcome
      if (invite.value) {
        answer = await kiosk.visits.checkInInvite({ ...invite.value.reference, agreementVersion: version })
      } else if (type) {
        serverErrors.value = {}
        answer = await kiosk.visits.checkIn({ visitTypeId: type.id, visitor: visitorPayload(type), agreementVersion: version })
      } else {
        return 'stay'
      }
      if (isCurrent()) outcome.value = answer
      return 'result'
    })
  }

  /** Today's invitations whose name matches, masked by main. */
  function findInvites(query: string): Promise<VisitMatch[]> {
    return kiosk.visits.findInvites({ query })
  }

  /**
   * An invitation found by name or by code: a name-search pick that opens doors is confirmed with the
   * invited e-mail first (or needs the code), then the agreement if there is one, then check-in.
   */
  async function openInvite(reference: InviteReference): Promise<CheckInStep> {
    const step = await run(async (isCurrent) => {
      const found = await kiosk.visits.inviteAgreement(reference)
      if (!isCurrent()) return 'stay'
      invite.value = { reference, ...found }
      if (found.confirmWith === 'code') return 'need-code'
      if (found.confirmWith === 'email') return 'confirm'
      return found.agreement ? 'agreement' : 'result'
    })
    return step === 'result' ? submit() : step
  }

  /**
   * The e-mail address that confirms a name-search pick, checked by main at once (a wrong one is refused
   * here, before the agreement, and stays on this screen); then on as for a code.
   */
  function confirmInvite(email: string): Promise<CheckInStep> | CheckInStep {
    if (!invite.value || !('visitId' in invite.value.reference)) return 'stay'
    return openInvite({ visitId: invite.value.reference.visitId, email })
  }

  /**
   * Asks main where a check-in that ended "access will be ready shortly" stands now, with this
   * screen's claim. Only a change replaces the outcome, and only for the visitor still here.
   */
  async function refreshPendingAccess(): Promise<void> {
    const waiting = outcome.value
    if (waiting?.outcome !== 'access-pending') return
    const started = session
    try {
      const answer = await kiosk.visits.pendingPass({ claim: waiting.claim })
      if (session === started && outcome.value === waiting && answer.outcome !== 'access-pending') outcome.value = answer
    } catch {
      // The screen keeps sending the visitor to reception, which stays true; the next turn asks again.
    }
  }

  function reset(): void {
    session += 1
    visitTypes.value = null
    visitTypeId.value = null
    form.value = {}
    inviteSearch.value = ''
    invite.value = null
    serverErrors.value = {}
    error.value = null
    refusal.value = null
    outcome.value = null
    busy.value = false
  }

  return {
    visitTypes,
    visitTypeId,
    form,
    inviteSearch,
    invite,
    serverErrors,
    error,
    refusal,
    outcome,
    busy,
    visitType,
    agreement,
    agreementFor,
    loadTypes,
    chooseType,
    clearMessages,
    submit,
    findInvites,
    openInvite,
    confirmInvite,
    refreshPendingAccess,
    reset,
  }
})
