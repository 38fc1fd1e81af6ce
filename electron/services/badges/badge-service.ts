import { failedBecause } from '@shared/errors'
import type { AccountDetail, ActionStep } from '@shared/schemas/account'
import type { Badge, BadgeEnrolRequest, BadgeFormat, BadgeLookup } from '@shared/schemas/badge'
import type { StaffRole } from '@shared/schemas/staff-access'
import { readAccount, summaryOf } from '../accounts/account-reader'
import type { KioskAccountLinks } from '../accounts/kiosk-account-links'
import { StepLog, StoppedAfterFailure } from '../accounts/step-log'
import type { KisiLfCardType } from '../kisi/api/cards-api'
import type { KisiClient } from '../kisi/kisi-client'
import type { KisiConnection } from '../kisi/kisi-connection'
import { isUnansweredWrite, KisiError } from '../kisi/kisi-error'
import type { KisiCard } from '../kisi/kisi-schemas'

const kisiTypes: Readonly<Record<BadgeFormat, KisiLfCardType>> = {
  h10301: 'third_party_lf_hid_h10301',
  corporate1000_35: 'third_party_lf_hid_corporate1000_35',
  h10304: 'third_party_lf_hid_h10304',
}

const formatNames: Readonly<Record<BadgeFormat, string>> = { h10301: 'HID H10301', corporate1000_35: 'HID Corporate 1000', h10304: 'HID H10304' }

/** `card 42:10001 (HID H10301)`, for steps and the audit trail. */
export function badgeLabel({ format, facilityCode, cardNumber }: Badge): string {
  return `card ${facilityCode}:${cardNumber} (${formatNames[format]})`
}

const kisiCode = (error: unknown): string | null => (error instanceof KisiError ? error.code : null)

/**
 * Reception's badge desk: the Kisi user holding a card, by the numbers a reader decoded (or reception
 * typed), and enrolment of a card Kisi does not know: create it in its format, then give it to a
 * chosen person. Kisi's `cabbeb` and `faa9ef` come back as reasons staff can act on.
 */
export class BadgeService {
  readonly #connection: KisiConnection
  readonly #links: KioskAccountLinks

  constructor(connection: KisiConnection, links: KioskAccountLinks) {
    this.#connection = connection
    this.#links = links
  }

  lookup(badge: Badge): Promise<BadgeLookup> {
    return this.#connection.call(async (client) => {
      const card = await findCard(client, badge)
      if (!card) return { status: 'unknown' }
      if (card.userId === null || card.userId === undefined) return { status: 'unassigned', cardId: card.id }
      const holder = await client.user(card.userId)
      return { status: 'held', cardId: card.id, holder: summaryOf(holder, this.#links.linked([holder.id]).has(holder.id)) }
    })
  }

  /**
   * Gives the card to the person: a card Kisi already has and nobody holds is used as it is (the spare
   * in the drawer, or an enrolment whose answer was lost); a card someone else holds is refused.
   */
  enrol(request: BadgeEnrolRequest, by: StaffRole | null): Promise<{ account: AccountDetail; steps: ActionStep[] }> {
    return this.#connection.call(async (client) => {
      const person = await client.user(request.userId)
      const log = new StepLog()
      try {
        const card = await this.#cardFor(client, request, person.id, log)
        if (card.userId === person.id) log.skip(`${person.name} already holds this ${badgeLabel(request)}`)
        else {
          await log.run(() => `Gave the ${badgeLabel(request)} to ${person.name}`, () => assign(client, card, person.email, request), `Giving the ${badgeLabel(request)} to ${person.name} failed`)
        }
        this.#links.link(person.id, by)
      } catch (error) {
        if (!(error instanceof StoppedAfterFailure)) throw error
      }
      return { account: await readAccount(client, person.id, this.#links), steps: log.steps }
    })
  }

  /** The card in Kisi to give: found by its numbers, or enrolled now. */
  async #cardFor(client: KisiClient, badge: Badge, personId: number, log: StepLog): Promise<KisiCard> {
    const existing = await findCard(client, badge)
    if (existing) {
      await refuseIfHeldByOther(client, existing, personId)
      if (existing.userId !== personId) log.skip(`Used the ${badgeLabel(badge)} Kisi already had, held by no one`)
      return existing
    }
    return log.run(
      () => `Enrolled the ${badgeLabel(badge)} in Kisi`,
      () => this.#create(client, badge, personId),
      `Enrolling the ${badgeLabel(badge)} in Kisi failed`,
    )
  }

  /**
   * Creates the card once. Kisi's `cabbeb` (or a create whose answer was lost, which Kisi may have
   * carried out) means the card may be there after all: it is looked for again before giving up.
   */
  async #create(client: KisiClient, badge: Badge, personId: number): Promise<KisiCard> {
    try {
      return await client.createCard({ type: kisiTypes[badge.format], facilityCode: badge.facilityCode, cardNumber: badge.cardNumber })
    } catch (error) {
      const enrolledAlready = kisiCode(error) === 'cabbeb'
      if (!enrolledAlready && !isUnansweredWrite(error)) throw error
      const found = await findCard(client, badge)
      if (found) {
        await refuseIfHeldByOther(client, found, personId)
        return found
      }
      if (enrolledAlready) throw failedBecause('conflict', 'badgeEnrolledOutOfSight', {}, `Kisi says the ${badgeLabel(badge)} is enrolled (cabbeb), but lists no such card`)
      throw error
    }
  }
}

/** The card of this format with these numbers; a card of the same numbers in another format is another card. */
async function findCard(client: KisiClient, badge: Badge): Promise<KisiCard | null> {
  const cards = await client.findCards(badge.facilityCode, badge.cardNumber)
  return cards.find((card) => card.type === kisiTypes[badge.format]) ?? null
}

/** Kisi's `faa9ef`: the card went (deleted in the dashboard) between finding or making it and now. */
async function assign(client: KisiClient, card: KisiCard, email: string, badge: Badge): Promise<void> {
  try {
    await client.assignCard(card.id, email)
  } catch (error) {
    if (kisiCode(error) === 'faa9ef') throw failedBecause('not_found', 'badgeNotInKisi', {}, `Kisi no longer has the ${badgeLabel(badge)}`)
    throw error
  }
}

async function refuseIfHeldByOther(client: KisiClient, card: KisiCard, personId: number): Promise<void> {
  if (card.userId === null || card.userId === undefined || card.userId === personId) return
  const holder = await client.user(card.userId)
  throw failedBecause('conflict', 'badgeAlreadyEnrolled', { name: holder.name }, `The card is already enrolled for ${holder.name} (user ${holder.id})`)
}
