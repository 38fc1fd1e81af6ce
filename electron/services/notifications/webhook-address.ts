import { BlockList, isIP } from 'node:net'

/**
 * IPv4 ranges no internet webhook lives in: this computer, the local network, link-local (where cloud
 * metadata services answer), carrier-grade NAT, benchmarking and documentation nets, multicast and
 * the reserved rest. A kiosk that posted there would let whoever sets the address probe the network
 * it stands in.
 */
const notPublicIpv4: readonly [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
]

/** IPv6 ranges of the same kinds: unspecified and IPv4-compatible, loopback, unique-local, link-local, site-local, documentation, multicast. */
const notPublicIpv6: readonly [string, number][] = [
  ['::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['2001:db8::', 32],
  ['ff00::', 8],
]

/** The IPv6 forms that carry an IPv4 address (NAT64 and 6to4) reach that address, so its ranges count there too. */
function embeddedIpv4Subnets(address: string, prefix: number): [string, number][] {
  const [a, b, c, d] = address.split('.').map(Number) as [number, number, number, number]
  const hex = (high: number, low: number): string => ((high << 8) | low).toString(16)
  return [
    [`64:ff9b::${hex(a, b)}:${hex(c, d)}`, 96 + prefix],
    [`2002:${hex(a, b)}:${hex(c, d)}::`, 16 + prefix],
  ]
}

const notPublic = new BlockList()
for (const [address, prefix] of notPublicIpv4) {
  // BlockList also matches IPv4-mapped IPv6 (::ffff:10.0.0.1) against an IPv4 rule.
  notPublic.addSubnet(address, prefix, 'ipv4')
  for (const [embedded, embeddedPrefix] of embeddedIpv4Subnets(address, prefix)) notPublic.addSubnet(embedded, embeddedPrefix, 'ipv6')
}
for (const [address, prefix] of notPublicIpv6) notPublic.addSubnet(address, prefix, 'ipv6')

const loopback = new BlockList()
loopback.addSubnet('127.0.0.0', 8, 'ipv4')
loopback.addAddress('::1', 'ipv6')

function familyOf(address: string): 'ipv4' | 'ipv6' | null {
  const version = isIP(address)
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : null
}

/** True for an address on the public internet; false for anything else, including text that is no address. */
export function isPublicAddress(address: string): boolean {
  const family = familyOf(address)
  return family !== null && !notPublic.check(address, family)
}

export function isLoopbackAddress(address: string): boolean {
  const family = familyOf(address)
  return family !== null && loopback.check(address, family)
}
