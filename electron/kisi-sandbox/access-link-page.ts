import type { Denial } from './wire-errors'

/*
 * The visitor's web page for an access link: what Kisi serves at web.kisi.io/grouplinks/<secret>.
 * Plain HTML forms, no script and no external assets, so it works in any browser and under a
 * strict CSP; every button reads "Unlock <door>" so a browser test can click it by name.
 */

export interface AccessLinkView {
  secret: string
  linkName: string
  organizationName: string
  validUntil: string | null
  doors: readonly { id: number; name: string }[]
  result?: { success: boolean; text: string }
}

export const accessLinkPageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  // The secret is in the URL: never leak it to another site through Referer.
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
}

const style = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px}
ul{list-style:none;padding:0}li{margin:.5rem 0}
button{width:100%;padding:.9rem;font-size:1.1rem;border:0;border-radius:8px;background:#2454d6;color:#fff;cursor:pointer}
.result{padding:.75rem;border-radius:8px}.ok{background:#e3f6e8}.denied{background:#fde7e7}.fine{color:#677084;font-size:.85rem}`

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${style}</style></head>
<body><main>
${body}
<p class="fine">Kisi sandbox: a local stand-in for Kisi's access-link page. No real door moves.</p>
</main></body>
</html>
`
}

export function renderAccessLinkPage(view: AccessLinkView): string {
  const base = `/grouplinks/${encodeURIComponent(view.secret)}`
  const result = view.result
    ? `<p class="result ${view.result.success ? 'ok' : 'denied'}" role="${view.result.success ? 'status' : 'alert'}">${escapeHtml(view.result.text)}</p>`
    : ''
  const validity = view.validUntil ? `<p>Valid until ${escapeHtml(view.validUntil)} (UTC)</p>` : ''
  const doors = view.doors
    .map((door) => `<li><form method="post" action="${base}/locks/${door.id}/unlock"><button type="submit">Unlock ${escapeHtml(door.name)}</button></form></li>`)
    .join('\n')
  return page(
    `${view.organizationName}: access for ${view.linkName}`,
    `<h1>Welcome, ${escapeHtml(view.linkName)}</h1>
<p>${escapeHtml(view.organizationName)}</p>
${validity}${result}
<ul>
${doors || '<li>This link does not open any doors.</li>'}
</ul>`,
  )
}

export function renderInvalidLinkPage(reason: string): string {
  return page('Access link not valid', `<h1>This access link is not valid</h1>\n<p>${escapeHtml(reason)}</p>`)
}

/** Kisi's messages are written for app users; a visitor at a door needs plainer words for some. */
const visitorWords: Record<string, string> = {
  fcd8ef: 'This access link does not open this door.',
  f358de: 'This access link is not valid yet. Please try again later.',
  f35ade: 'This access link has expired.',
  f29aef: 'This access link is not valid.',
  fac001: 'The door is offline right now. Please ask at reception.',
  fad10e: 'That door could not be found.',
}

export function describeUnlockResult(doorName: string, denial: Denial | null): { success: boolean; text: string } {
  if (!denial) return { success: true, text: `Unlocked! ${doorName} is open.` }
  return { success: false, text: `${doorName} could not be unlocked: ${visitorWords[denial.code] ?? denial.message}` }
}
