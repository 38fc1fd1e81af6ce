import { KisiCollection, parseAnswer } from '../kisi-answers'
import type { KisiHttp } from '../kisi-http'
import {
  kisiCurrentUserSchema,
  kisiLoginSchema,
  kisiRoleAssignmentSchema,
  kisiUserSchema,
  type KisiCurrentUser,
  type KisiLogin,
  type KisiRoleAssignment,
  type KisiUser,
} from '../kisi-schemas'

export interface SignIn {
  domain: string
  email: string
  password: string
  /** The 6-digit code, when Kisi asks for one (`afc526`). */
  otpCode?: string
  /** Shown in Kisi's list of the user's API keys. */
  keyName: string
}

export interface NewUser {
  email: string
  name: string
  /** Managed users get no e-mail from Kisi and never register. */
  sendEmails: boolean
}

export interface NewGroupAccess {
  userId: number
  groupId: number
  roleId?: 'group_basic' | 'group_manager'
  validFrom: string | null
  validUntil: string | null
}

/** Logins (API keys), users and their role assignments. */
export function peopleApi(http: KisiHttp) {
  return {
    /**
     * Creates an API key from a Kisi sign-in. Not retried after a lost answer: a second key would
     * be harmless but counts against Kisi's limit of ten API keys per user.
     */
    async signIn({ domain, email, password, otpCode, keyName }: SignIn): Promise<KisiLogin> {
      const response = await http.request({
        method: 'POST',
        path: '/logins',
        auth: { kind: 'none' },
        body: { login: { type: 'api', name: keyName, expire: false }, user: { domain, email, password, ...(otpCode ? { otpAttempt: otpCode } : {}) } },
      })
      return parseAnswer(kisiLoginSchema, response.data)
    },
    /** Who the key belongs to; the cheapest way to check that a key still works. */
    async currentUser(signal?: AbortSignal): Promise<KisiCurrentUser> {
      return parseAnswer(kisiCurrentUserSchema, (await http.request({ method: 'GET', path: '/user', ...(signal ? { signal } : {}) })).data)
    },

    users: new KisiCollection<KisiUser, { query?: string; email?: string; groupId?: number; ids?: string }>(http, '/users', kisiUserSchema, 100),
    async user(id: number): Promise<KisiUser> {
      return parseAnswer(kisiUserSchema, (await http.request({ method: 'GET', path: `/users/${id}` })).data)
    },
    async createUser({ email, name, sendEmails }: NewUser): Promise<KisiUser> {
      const response = await http.request({ method: 'POST', path: '/users', body: { user: { email, name, sendEmails, confirm: true } } })
      return parseAnswer(kisiUserSchema, response.data)
    },
    /** Switches a person's door access off or on without touching their role assignments. */
    async setAccessEnabled(id: number, accessEnabled: boolean): Promise<void> {
      await http.request({ method: 'PATCH', path: `/users/${id}`, body: { user: { accessEnabled } }, repeatable: true })
    },
    async deleteUser(id: number): Promise<void> {
      await http.request({ method: 'DELETE', path: `/users/${id}` })
    },

    roleAssignments: new KisiCollection<
      KisiRoleAssignment,
      { assigneeType?: 'User'; assigneeId?: number; appliesToType?: 'Group'; appliesToId?: number; roleId?: string }
    >(http, '/role_assignments', kisiRoleAssignmentSchema, 250),
    async grantGroupAccess({ userId, groupId, roleId = 'group_basic', validFrom, validUntil }: NewGroupAccess): Promise<KisiRoleAssignment> {
      const response = await http.request({
        method: 'POST',
        path: '/role_assignments',
        body: {
          roleAssignment: { appliesToType: 'Group', appliesToId: groupId, assigneeType: 'User', assigneeId: userId, roleId, notify: false, validFrom, validUntil },
        },
      })
      return parseAnswer(kisiRoleAssignmentSchema, response.data)
    },
    async revokeRoleAssignment(id: number): Promise<void> {
      await http.request({ method: 'DELETE', path: `/role_assignments/${id}` })
    },
  }
}
