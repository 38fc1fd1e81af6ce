import { withAgreementVersion } from '@shared/domain/agreement-version'
import { checkInHoursOf, isCheckInOpen } from '@shared/domain/check-in-hours'
import { failedBecause } from '@shared/errors'
import type { PublicVisitType } from '@shared/schemas/visit'
import type { VisitPolicies, VisitType } from '@shared/schemas/visit-policy'
import type { SettingsRepository } from '../settings/settings-repository'

/** The manager's visit types and deny list, as stored in the settings file. */
export class VisitPolicyStore {
  readonly #settings: SettingsRepository
  readonly #highestRecordedAgreement: (visitTypeId: string) => number

  constructor(settings: SettingsRepository, highestRecordedAgreement: (visitTypeId: string) => number) {
    this.#settings = settings
    this.#highestRecordedAgreement = highestRecordedAgreement
  }

  get(): VisitPolicies {
    return this.#settings.get().visitPolicies
  }

  save(policies: VisitPolicies): VisitPolicies {
    const saved = new Map(this.get().visitTypes.map((type) => [type.id, type]))
    const visitTypes = policies.visitTypes.map((type) => withAgreementVersion(type, saved.get(type.id), this.#highestRecordedAgreement(type.id)))
    return this.#settings.update((draft) => void (draft.visitPolicies = { ...policies, visitTypes })).visitPolicies
  }

  type(id: string): VisitType {
    const type = this.get().visitTypes.find((candidate) => candidate.id === id)
    if (!type) throw failedBecause('not_available', 'visitTypeUnavailable', {}, `Visit type ${id} is not offered`)
    return type
  }

  /** What the visitor's screens may know about each type: no group ids, no deny list. */
  publicTypes(now: Date): PublicVisitType[] {
    return this.get().visitTypes.map((type) => ({
        id: type.id,
        name: type.name,
        fields: type.fields,
        agreement: type.agreement,
        opensDoors: type.access !== null,
        checkInOpen: isCheckInOpen(type, now),
        checkInHours: checkInHoursOf(type),
    }))
  }
}
