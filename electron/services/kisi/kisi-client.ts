import { accessApi } from './api/access-api'
import { cardsApi } from './api/cards-api'
import { eventsApi } from './api/events-api'
import { linksApi } from './api/links-api'
import { peopleApi } from './api/people-api'
import { KisiHttp, type KisiHttpOptions } from './kisi-http'

export type KisiClient = ReturnType<typeof createKisiClient>

/**
 * Every Kisi operation the kiosk uses, over one `KisiHttp` so that all of them share the key, the
 * rate limit and the retry rules. Runs in main only: the key never reaches the renderer.
 */
export function createKisiClient(options: KisiHttpOptions) {
  const http = new KisiHttp(options)
  return {
    ...accessApi(http),
    ...peopleApi(http),
    ...cardsApi(http),
    ...linksApi(http),
    events: eventsApi(http),
  }
}
