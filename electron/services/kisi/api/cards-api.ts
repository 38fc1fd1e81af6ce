import { KisiCollection, parseAnswer } from '../kisi-answers'
import type { KisiHttp } from '../kisi-http'
import { kisiCardSchema, type KisiCard } from '../kisi-schemas'

/** Kisi's card types for the LF formats a badge reader decodes to a facility code and a card number. */
export type KisiLfCardType = 'third_party_lf_hid_h10301' | 'third_party_lf_hid_corporate1000_35' | 'third_party_lf_hid_h10304'

export interface NewLfCard {
  type: KisiLfCardType
  facilityCode: number
  cardNumber: number
}

/** Physical cards: finding one by the numbers a reader sent, enrolling a new one, and who holds it. */
export function cardsApi(http: KisiHttp) {
  const cards = new KisiCollection<KisiCard, { facilityCode?: number; cardNumber?: number; uid?: string; userId?: number }>(http, '/cards', kisiCardSchema, 250)
  return {
    cards,
    /**
     * Every card with these numbers, of any format. Kisi's filter is checked again here: a card of
     * other numbers in the answer must not open someone's page.
     */
    async findCards(facilityCode: number, cardNumber: number): Promise<KisiCard[]> {
      const found = await cards.collect({ facilityCode, cardNumber })
      return found.filter((card) => card.facilityCode === facilityCode && card.cardNumber === cardNumber)
    },
    /** Not retried after a lost answer: a second try would meet the first card as `cabbeb`. */
    async createCard(card: NewLfCard): Promise<KisiCard> {
      return parseAnswer(kisiCardSchema, (await http.request({ method: 'POST', path: '/cards', body: { card } })).data)
    },
    /** Gives the card to the person with this e-mail (Kisi names them so); the same call twice has one effect. */
    async assignCard(id: number, email: string): Promise<void> {
      await http.request({ method: 'POST', path: `/cards/${id}/assign`, body: { card: { email } }, repeatable: true })
    },
    async deassignCard(id: number): Promise<void> {
      await http.request({ method: 'POST', path: `/cards/${id}/deassign`, repeatable: true })
    },
  }
}
