import { checkInHours } from '@shared/domain/check-in-hours'
import { AppError } from '@shared/errors'
import type { PublicVisitType } from '@shared/schemas/visit'
import type { VisitPolicies, VisitType } from '@shared/schemas/visit-policy'
import type { SettingsRepository } from '../settings/settings-repository'

/** The manager's visit types and deny list, as stored in the settings file. */
export class VisitPolicyStore {
  readonly #settings: SettingsRepository

  constructor(settings: SettingsRepository) {
    this.#settings = settings
  }

  get(): VisitPolicies {
    return this.#settings.get().visitPolicies
  }

  save(policies: VisitPolicies): VisitPolicies {
    return this.#settings.update((draft) => void (draft.visitPolicies = policies)).visitPolicies
  }

  type(id: string): VisitType {
    const type = this.get().visitTypes.find((candidate) => candidate.id === id)
    if (!type) throw new AppError('not_available', 'This kind of visit is no longer offered. Please see reception.')
    return type
  }

  /** What the visitor's screens may know about each type: no group ids, no deny list. */
  publicTypes(now: Date): PublicVisitType[] {
    return this.get().visitTypes.map((type) => {
      const hours = checkInHours(type, now)
      return {
        id: type.id,
        name: type.name,
        fields: type.fields,
        agreement: type.agreement,
        opensDoors: type.access !== null,
        checkInOpen: hours.open,
        checkInHours: hours.explanation,
      }
    })
  }
}
