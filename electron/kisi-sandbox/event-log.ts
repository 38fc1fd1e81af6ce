import { randomUUID } from 'node:crypto'
import type { Caller, Millis, WireEvent } from './sandbox-model'
import type { SandboxState } from './sandbox-state'
import type { Denial } from './wire-errors'
import { wireTime } from './wire-time'

export interface EventAuthorization {
  type: 'RoleAssignment' | 'Group' | 'Organization'
  id: number
  roleId: string | null
}

export interface EventInput {
  /** e.g. 'lock.unlock', 'group_link.create'. */
  type: string
  caller: Caller | null
  object: { type: string; id: number; name: string }
  placeId: number | null
  /** Present for a refused action: the event is recorded with success false and this code. */
  denial?: Denial
  authorizedBy?: EventAuthorization | null
}

function actorFields(caller: Caller | null) {
  if (caller?.kind === 'login') {
    const { user, login } = caller
    return { actor_type: 'User', actor_id: user.id, actor_name: user.name, actor_email: user.email, authenticated_by_type: 'Login', authenticated_by_id: login.id } as const
  }
  if (caller?.kind === 'group-link') {
    const { link } = caller
    return { actor_type: 'GroupLink', actor_id: link.id, actor_name: link.name, actor_email: link.email, authenticated_by_type: 'GroupLink', authenticated_by_id: link.id } as const
  }
  return { actor_type: null, actor_id: null, actor_name: null, actor_email: null, authenticated_by_type: null, authenticated_by_id: null } as const
}

/** Appends one event to the organisation's log and returns it. */
export function recordEvent(state: SandboxState, now: Millis, input: EventInput): WireEvent {
  const { denial, authorizedBy } = input
  const event: WireEvent = {
    uuid: randomUUID(),
    type: input.type,
    ...actorFields(input.caller),
    authorized_by_type: authorizedBy?.type ?? null,
    authorized_by_id: authorizedBy?.id ?? null,
    authorized_by_role_id: authorizedBy?.roleId ?? null,
    object_type: input.object.type,
    object_id: input.object.id,
    object_name: input.object.name,
    action: input.type.slice(input.type.indexOf('.') + 1),
    created_at: wireTime(now),
    message: denial?.message ?? null,
    success: denial === undefined,
    code: denial?.code ?? null,
    sequence: randomUUID(),
    organization_id: state.organization.id,
    place_id: input.placeId,
    error_code: denial?.code ?? null,
    error_message: denial?.message ?? null,
    details: {},
    via: {},
  }
  state.events.push({ at: now, event })
  return event
}
