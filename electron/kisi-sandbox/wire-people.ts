import { sandboxCardFormats } from './card-formats'
import type { CardRecord, GroupLinkRecord, LoginRecord, RoleAssignmentRecord, UserRecord } from './sandbox-model'
import type { SandboxState } from './sandbox-state'
import { groupRef } from './wire-access'
import { wireTime, wireTimeOrNull } from './wire-time'

/* Users, logins, role assignments, group links and cards in the shapes of Kisi's OpenAPI files. */

function userOf(state: SandboxState, userId: number): UserRecord {
  const user = state.users.find((candidate) => candidate.id === userId)
  if (!user) throw new Error(`Sandbox state has no user ${userId}`)
  return user
}

function userRef(user: UserRecord) {
  return { id: user.id, resource_type: 'User', email: user.email, name: user.name }
}

export function presentUser(state: SandboxState, user: UserRecord) {
  return {
    id: user.id,
    resource_type: 'User',
    name: user.name,
    email: user.email,
    created_at: wireTime(user.createdAt),
    updated_at: wireTime(user.updatedAt),
    metadata: user.metadata,
    image: null,
    otp_required_for_login: user.otpCode !== null,
    password_flow_enabled: user.passwordFlowEnabled,
    access_enabled: user.accessEnabled,
    last_accessed_at: wireTimeOrNull(user.lastAccessedAt),
    scim_access_enabled: true,
    notes: user.notes,
    organization_id: state.organization.id,
    confirmed: true,
    groups_count: new Set(state.roleAssignments.filter((assignment) => assignment.userId === user.id).map((assignment) => assignment.groupId)).size,
  }
}

/** `GET /user`: the signed-in user with their organisation. */
export function presentCurrentUser(state: SandboxState, user: UserRecord) {
  const { id, name, domain } = state.organization
  return {
    id: user.id,
    resource_type: 'User',
    name: user.name,
    email: user.email,
    image: null,
    locale: 'en',
    notifications_unread_count: 0,
    otp_required_for_login: user.otpCode !== null,
    otp_enabled_at: wireTimeOrNull(user.otpEnabledAt),
    primary_login_exists: false,
    created_at: wireTime(user.createdAt),
    updated_at: wireTime(user.updatedAt),
    announcements_last_seen_at: null,
    last_read_at: null,
    notes: user.notes,
    organization_id: id,
    organization: { id, resource_type: 'Organization', name, domain },
  }
}

/** The Login object of `POST /logins`, the only place a login's secret is shown. */
export function presentLogin(state: SandboxState, login: LoginRecord) {
  const user = userOf(state, login.userId)
  return {
    id: login.id,
    created_at: wireTime(login.createdAt),
    updated_at: wireTime(login.updatedAt),
    type: login.type,
    name: login.name,
    primary: false,
    expire: login.expire,
    last_used_at: wireTimeOrNull(login.lastUsedAt),
    device_brand: login.deviceBrand,
    device_model: login.deviceModel,
    os_name: login.osName,
    user_id: user.id,
    user: userRef(user),
    app: { name: null, version: null },
    user_agent: { name: null, version: null },
    device: { brand: login.deviceBrand, model: login.deviceModel },
    os: { name: login.osName, version: null },
    scram_credentials: null,
    secret: login.secret,
    authentication_token: login.secret,
    has_primary_device: false,
    email: user.email,
    notifications_unread_count: 0,
    otp_required_for_login: user.otpCode !== null,
    otp_enabled_at: wireTimeOrNull(user.otpEnabledAt),
    image: null,
    primary_login_exists: false,
  }
}

/** The Group shape of a RoleAssignment (the only shape the sandbox creates). */
export function presentRoleAssignment(state: SandboxState, assignment: RoleAssignmentRecord) {
  const user = userOf(state, assignment.userId)
  const group = state.groups.find((candidate) => candidate.id === assignment.groupId)
  if (!group) throw new Error(`Sandbox role assignment ${assignment.id} points at a missing group`)
  return {
    id: assignment.id,
    resource_type: 'RoleAssignment',
    created_at: wireTime(assignment.createdAt),
    updated_at: wireTime(assignment.updatedAt),
    role_id: assignment.roleId,
    notify: assignment.notify,
    applies_to_type: 'Group',
    applies_to_id: group.id,
    applies_to: groupRef(group),
    assignee_type: 'User',
    assignee_id: user.id,
    assignee: userRef(user),
    created_by_type: assignment.createdById === null ? null : 'User',
    created_by_id: assignment.createdById,
    user_id: user.id,
    user: userRef(user),
    assignee_team_id: null,
    guest_id: null,
    issued_by_id: assignment.createdById,
    type: 'group',
    scope: 'group',
    group_id: group.id,
    group: groupRef(group),
    valid_from: wireTimeOrNull(assignment.validFrom),
    valid_until: wireTimeOrNull(assignment.validUntil),
  }
}

export function presentGroupLink(state: SandboxState, link: GroupLinkRecord) {
  const group = state.groups.find((candidate) => candidate.id === link.groupId)
  if (!group) throw new Error(`Sandbox group link ${link.id} points at a missing group`)
  const creator = state.users.find((candidate) => candidate.id === link.createdById)
  return {
    id: link.id,
    resource_type: 'GroupLink',
    name: link.name,
    email: link.email,
    phone: link.phone,
    last_used_at: wireTimeOrNull(link.lastUsedAt),
    link_enabled: link.linkEnabled,
    quick_response_code_type: link.quickResponseCodeType,
    valid_from: wireTimeOrNull(link.validFrom),
    valid_until: wireTimeOrNull(link.validUntil),
    created_at: wireTime(link.createdAt),
    updated_at: wireTime(link.updatedAt),
    group_id: group.id,
    group: groupRef(group),
    created_by_type: creator ? 'User' : null,
    created_by_id: creator?.id ?? null,
    ...(creator ? { created_by: userRef(creator), issued_by: userRef(creator) } : {}),
    issued_by_id: creator?.id ?? null,
  }
}

/** `POST /group_links` answers with the secret and QR fields; the sandbox renders no QR image. */
export function presentCreatedGroupLink(state: SandboxState, link: GroupLinkRecord) {
  return {
    ...presentGroupLink(state, link),
    secret: link.secret,
    quick_response_code_token: link.quickResponseCodeToken,
    quick_response_code_image: null,
  }
}

export function presentCard(state: SandboxState, card: CardRecord) {
  const user = card.userId === null ? null : userOf(state, card.userId)
  const format = sandboxCardFormats[card.type]
  return {
    id: card.id,
    last_used_at: wireTimeOrNull(card.lastUsedAt),
    created_at: wireTime(card.createdAt),
    updated_at: wireTime(card.updatedAt),
    assigned: user !== null,
    assigned_at: wireTimeOrNull(card.assignedAt),
    activated_at: wireTimeOrNull(card.activatedAt),
    deactivated_at: null,
    activated: card.activated,
    assigned_by_id: null,
    user_id: user?.id ?? null,
    ...(user ? { user: userRef(user) } : {}),
    uid: card.uid,
    type: card.type,
    model: 'credential-third-party-lf',
    frequency: 'LF',
    third_party: true,
    format_name: format.formatName,
    facility_code: card.facilityCode,
    card_number: card.cardNumber,
    ...(format.twoFactorPin ? { two_factor_pin: null, send_two_factor_pin_notification: false } : {}),
  }
}
