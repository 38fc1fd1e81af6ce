import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appOrigin, serveAppProtocol } from '../../../electron/main/app-protocol'
import { useTempDirectory } from '../../fixtures/temp-directory'

describe('serveAppProtocol', () => {
  const tempDirectory = useTempDirectory()

  function serve() {
    const root = tempDirectory()
    mkdirSync(join(root, 'renderer/assets'), { recursive: true })
    writeFileSync(join(root, 'renderer/index.html'), '<h1>kiosk</h1>')
    writeFileSync(join(root, 'renderer/assets/app.js'), 'export {}')
    writeFileSync(join(root, 'secret.key'), 'do not serve')
    let handler: ((request: Request) => Promise<Response>) | undefined
    serveAppProtocol({ handle: (_scheme: string, serveRequest: typeof handler) => void (handler = serveRequest) } as never, join(root, 'renderer'))
    return (url: string) => handler!(new Request(url))
  }

  it('serves the renderer with its content type and the CSP header', async () => {
    const fetchApp = serve()
    const page = await fetchApp(`${appOrigin}/index.html`)
    expect(page.status).toBe(200)
    expect(await page.text()).toBe('<h1>kiosk</h1>')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect((await fetchApp(`${appOrigin}/assets/app.js`)).headers.get('content-type')).toContain('javascript')
  })

  it('answers 404 outside the renderer folder, for missing files and other hosts', async () => {
    const fetchApp = serve()
    // `..%2f` survives URL parsing, so this reaches the path guard; secret.key exists one level up.
    expect((await fetchApp(`${appOrigin}/..%2fsecret.key`)).status).toBe(404)
    expect((await fetchApp(`${appOrigin}/assets%2f..%2f..%2fsecret.key`)).status).toBe(404)
    expect((await fetchApp(`${appOrigin}/missing.js`)).status).toBe(404)
    expect((await fetchApp('app://elsewhere/index.html')).status).toBe(404)
  })
})
