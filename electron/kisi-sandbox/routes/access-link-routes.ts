import { describeUnlockResult, renderAccessLinkPage, renderInvalidLinkPage } from '../access-link-page'
import { performUnlock } from '../perform-unlock'
import { matchRoute, type SandboxContext } from '../route-kit'
import type { GroupLinkRecord } from '../sandbox-model'
import { linkDenial } from '../unlock-rules'
import { denials, SandboxWireError } from '../wire-errors'
import { wireTime } from '../wire-time'

export interface HtmlReply {
  status: number
  html: string
}

// The page is HTML outside the JSON pipeline: the secret in the path is its only credential.
const pagePatterns = [
  { method: 'GET', pattern: '/grouplinks/:secret' },
  { method: 'POST', pattern: '/grouplinks/:secret/locks/:lockId/unlock' },
]

const invalidReasons: Record<string, string> = {
  f358de: 'It is not valid yet. Please try again later.',
  f35ade: 'It has expired.',
}

function pageFor(sandbox: SandboxContext, link: GroupLinkRecord, result?: { success: boolean; text: string }): string {
  const doors = sandbox.state.locksOfGroup(link.groupId).map(({ id, name }) => ({ id, name }))
  const validUntil = link.validUntil === null ? null : wireTime(link.validUntil)
  return renderAccessLinkPage({ secret: link.secret, linkName: link.name, organizationName: sandbox.state.organization.name, validUntil, doors, ...(result ? { result } : {}) })
}

/**
 * `GET /grouplinks/<secret>` lists the link's doors; `POST .../locks/<id>/unlock` unlocks one with
 * the same rules and events as the API and shows the outcome. Returns null for other paths.
 */
export function handleAccessLinkPage(sandbox: SandboxContext, method: string, pathname: string): HtmlReply | null {
  const match = matchRoute(pagePatterns, method, pathname)
  if (!match) return null
  const link = sandbox.state.groupLinks.find((candidate) => candidate.secret === match.params['secret'])
  if (!link) return { status: 404, html: renderInvalidLinkPage('It may have been revoked, or the address is incomplete.') }
  const now = sandbox.now()
  const refused = linkDenial(link, now)
  if (refused) return { status: refused.status, html: renderInvalidLinkPage(invalidReasons[refused.code] ?? refused.message) }
  const lockId = match.params['lockId']
  if (lockId === undefined) return { status: 200, html: pageFor(sandbox, link) }

  try {
    const outcome = performUnlock(sandbox.state, { kind: 'group-link', link }, /^\d+$/.test(lockId) ? Number(lockId) : -1, now, null)
    return { status: outcome.denial?.status ?? 200, html: pageFor(sandbox, link, describeUnlockResult(outcome.lock.name, outcome.denial)) }
  } catch (error) {
    if (!(error instanceof SandboxWireError)) throw error
    return { status: error.status, html: pageFor(sandbox, link, describeUnlockResult('The door', denials.doorNotFound)) }
  }
}
