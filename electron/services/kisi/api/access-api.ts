import { z } from 'zod'
import { KisiCollection, parseAnswer } from '../kisi-answers'
import type { KisiHttp } from '../kisi-http'
import {
  kisiGroupLockSchema,
  kisiGroupSchema,
  kisiLockSchema,
  kisiPlaceSchema,
  unlockAnswerSchema,
  type KisiGroup,
  type KisiGroupLock,
  type KisiLock,
} from '../kisi-schemas'

export interface NewGroup {
  name: string
  placeId: number
  description?: string
}

export type UnlockAs = { kind: 'key' } | { kind: 'group-link'; secret: string }

/** Places, groups (with their restriction flags), which doors a group opens, and the doors. */
export function accessApi(http: KisiHttp) {
  return {
    places: new KisiCollection(http, '/places', kisiPlaceSchema, 250),
    async place(id: number, signal?: AbortSignal) {
      return parseAnswer(kisiPlaceSchema, (await http.request({ method: 'GET', path: `/places/${id}`, ...(signal ? { signal } : {}) })).data)
    },

    groups: new KisiCollection<KisiGroup, { placeId?: number; lockId?: number; query?: string; ids?: string }>(
      http,
      '/groups',
      kisiGroupSchema,
      250,
    ),
    async group(id: number): Promise<KisiGroup> {
      return parseAnswer(kisiGroupSchema, (await http.request({ method: 'GET', path: `/groups/${id}` })).data)
    },
    async createGroup(group: NewGroup): Promise<KisiGroup> {
      return parseAnswer(kisiGroupSchema, (await http.request({ method: 'POST', path: '/groups', body: { group } })).data)
    },
    async renameGroup(id: number, name: string): Promise<void> {
      await http.request({ method: 'PATCH', path: `/groups/${id}`, body: { group: { name } }, repeatable: true })
    },
    async deleteGroup(id: number): Promise<void> {
      await http.request({ method: 'DELETE', path: `/groups/${id}` })
    },

    groupLocks: new KisiCollection<KisiGroupLock, { groupId: number; lockId?: number }>(http, '/group_locks', kisiGroupLockSchema, 250),
    async addLockToGroup(groupId: number, lockId: number): Promise<KisiGroupLock> {
      const response = await http.request({ method: 'POST', path: '/group_locks', body: { groupLock: { groupId, lockId } } })
      return parseAnswer(kisiGroupLockSchema, response.data)
    },
    async removeGroupLock(id: number): Promise<void> {
      await http.request({ method: 'DELETE', path: `/group_locks/${id}` })
    },

    locks: new KisiCollection<KisiLock, { placeId?: number; query?: string; ids?: string }>(http, '/locks', kisiLockSchema, 250),
    async lock(id: number): Promise<KisiLock> {
      return parseAnswer(kisiLockSchema, (await http.request({ method: 'GET', path: `/locks/${id}` })).data)
    },
    /** The doors an access link opens, seen with the link's own secret. */
    async locksForLink(secret: string): Promise<Pick<KisiLock, 'id' | 'name' | 'placeId'>[]> {
      const response = await http.request({ method: 'GET', path: '/locks', auth: { kind: 'group-link', secret }, query: { limit: 250 } })
      return parseAnswer(z.array(kisiLockSchema.pick({ id: true, name: true, placeId: true })), response.data ?? [])
    },
    /**
     * Unlocks through the cloud. Never retried after a 5xx or lost answer: the door may already
     * have opened, and opening it twice is worse than asking staff to tap again.
     */
    async unlock(lockId: number, as: UnlockAs = { kind: 'key' }, signal?: AbortSignal): Promise<string> {
      const response = await http.request({
        method: 'POST',
        path: `/locks/${lockId}/unlock`,
        body: {},
        auth: as,
        ...(signal ? { signal } : {}),
      })
      return parseAnswer(unlockAnswerSchema, response.data).message
    },
  }
}
