import { describe, expect, it } from 'vitest'
import { isLoopbackAddress, isPublicAddress } from '../../../electron/services/notifications/webhook-address'

describe('isPublicAddress', () => {
  it.each([
    ['10/8', '10.0.0.1'],
    ['10/8, its end', '10.255.255.255'],
    ['172.16/12', '172.16.0.1'],
    ['172.16/12, its end', '172.31.255.254'],
    ['192.168/16', '192.168.1.20'],
    ['127/8', '127.0.0.1'],
    ['127/8, not only .1', '127.45.6.7'],
    ['169.254/16 (cloud metadata)', '169.254.169.254'],
    ['0.0.0.0', '0.0.0.0'],
    ['carrier-grade NAT', '100.64.0.1'],
    ['broadcast', '255.255.255.255'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unspecified', '::'],
    ['fc00::/7', 'fc00::1'],
    ['fc00::/7 (fd)', 'fd12:3456:789a::1'],
    ['fe80::/10', 'fe80::1'],
    ['fe80::/10, its end', 'febf::1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped private, in hex', '::ffff:a00:1'],
    ['IPv4-mapped link-local', '::ffff:169.254.169.254'],
    ['IPv4-compatible loopback', '::127.0.0.1'],
    ['NAT64 of a private address', '64:ff9b::10.0.0.1'],
    ['6to4 of a private address', '2002:c0a8:101::1'],
    ['IPv6 multicast', 'ff02::1'],
    ['not an address at all', 'localhost'],
  ])('refuses %s (%s)', (_label, address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(['8.8.8.8', '93.184.215.14', '172.32.0.1', '172.15.255.255', '192.169.0.1', '11.0.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8'])(
    'accepts the public address %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true)
    },
  )
})

describe('isLoopbackAddress', () => {
  it('knows this computer in both families, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.9.9.9', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address), address).toBe(true)
    for (const address of ['10.0.0.1', '0.0.0.0', '::', 'fe80::1', '8.8.8.8', 'localhost']) expect(isLoopbackAddress(address), address).toBe(false)
  })
})
