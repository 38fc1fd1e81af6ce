import { Agent, createServer } from 'node:http'
import type { LookupAddress } from 'node:dns'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import axios from 'axios'
import { isPublicAddress } from '../../../electron/services/notifications/webhook-address'
import { allowedAddresses, pinnedLookup, TargetNotAllowed, type AddressPolicy } from '../../../electron/services/notifications/webhook-target'

/** A resolver that knows only the names it is given, as the system's would for these. */
function policyResolving(names: Record<string, string[]>, isPublic: (address: string) => boolean = isPublicAddress): AddressPolicy {
  return {
    resolve: async (hostname) => (names[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    isPublic,
  }
}

const policy = policyResolving({
  'hooks.example.com': ['93.184.215.14'],
  'rebound.example.com': ['192.168.1.10'],
  'mixed.example.com': ['93.184.215.14', '10.0.0.7'],
  'metadata.example.com': ['::ffff:169.254.169.254'],
  'v6.example.com': ['fd00::5'],
  localhost: ['127.0.0.1', '::1'],
  'public.example.com': ['8.8.8.8'],
})

describe('allowedAddresses', () => {
  it('answers the checked public addresses of an https webhook', async () => {
    expect(await allowedAddresses(new URL('https://hooks.example.com/x'), policy)).toEqual([{ address: '93.184.215.14', family: 4 }])
    expect(await allowedAddresses(new URL('https://8.8.8.8/x'), policy)).toEqual([{ address: '8.8.8.8', family: 4 }])
  })

  it.each([
    'https://rebound.example.com/x',
    'https://mixed.example.com/x',
    'https://metadata.example.com/x',
    'https://v6.example.com/x',
    'https://localhost/x',
    'https://10.1.2.3/x',
    'https://172.16.5.4/x',
    'https://192.168.0.1/x',
    'https://127.0.0.1/x',
    'https://169.254.169.254/latest/meta-data',
    'https://0.0.0.0/x',
    'https://[::1]/x',
    'https://[fc00::1]/x',
    'https://[fe80::1]/x',
    'https://[::ffff:10.0.0.1]/x',
    'https://unknown.example.com/x',
  ])('refuses %s', async (url) => {
    await expect(allowedAddresses(new URL(url), policy)).rejects.toBeInstanceOf(TargetNotAllowed)
  })

  it('lets plain http reach this computer only, even through a name', async () => {
    expect(await allowedAddresses(new URL('http://localhost:8080/hook'), policy)).toHaveLength(2)
    expect(await allowedAddresses(new URL('http://[::1]:8080/hook'), policy)).toEqual([{ address: '::1', family: 6 }])
    await expect(allowedAddresses(new URL('http://public.example.com/hook'), policy)).rejects.toBeInstanceOf(TargetNotAllowed)
    await expect(allowedAddresses(new URL('http://10.0.0.1/hook'), policy)).rejects.toBeInstanceOf(TargetNotAllowed)
  })
})

describe('pinnedLookup', () => {
  const checked: LookupAddress[] = [
    { address: '93.184.215.14', family: 4 },
    { address: '2606:2800:220:1::1', family: 6 },
  ]
  const ask = (options: { all?: boolean; family?: number }) =>
    new Promise<unknown[]>((resolve) => pinnedLookup(checked)('anything.example', options as never, (...answer) => resolve(answer)))

  it('answers the checked addresses, whatever name is asked, in the form the socket asks for', async () => {
    expect(await ask({ all: true })).toEqual([null, checked])
    expect(await ask({})).toEqual([null, '93.184.215.14', 4])
    expect(await ask({ family: 6 })).toEqual([null, '2606:2800:220:1::1', 6])
    expect(await ask({ all: true, family: 4 })).toEqual([null, [checked[0]]])
  })

  it('connects a real request to the checked address without asking DNS for the name', async () => {
    const server = createServer((_request, response) => response.end('reached'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const lookup = pinnedLookup([{ address: '127.0.0.1', family: 4 }])
      const answer = await axios.get<string>(`http://receiver.invalid:${port}/`, { proxy: false, httpAgent: new Agent({ lookup }) })
      expect(answer.data).toBe('reached')
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
