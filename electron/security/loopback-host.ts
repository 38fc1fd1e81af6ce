/**
 * The Host header must name the loopback address we listen on. This stops DNS-rebinding pages
 * (evil.example resolving to 127.0.0.1) from reaching the host through the visitor's browser.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`
}
