import { promises as dns, type LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import { isLoopbackAddress, isPublicAddress } from './webhook-address'

/** What a host name stands for now; the system resolver by default, a script in tests. */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>

/** How a webhook's host is turned into addresses and which of them count as the public internet. */
export interface AddressPolicy {
  resolve: ResolveHost
  isPublic: (address: string) => boolean
}

export const systemAddressPolicy: AddressPolicy = {
  resolve: (hostname) => dns.lookup(hostname, { all: true, verbatim: true }),
  isPublic: isPublicAddress,
}

/** The webhook's host is, or resolves to, an address its scheme may not reach. */
export class TargetNotAllowed extends Error {}

/**
 * The addresses the webhook's host stands for right now, each one allowed: https reaches the public
 * internet only, plain http this computer only (a local relay or a test receiver). One address
 * outside the rule refuses the whole name, so a name cannot mix an internal address in.
 */
export async function allowedAddresses(url: URL, policy: AddressPolicy): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const literal = isIP(host)
  const addresses = literal ? [{ address: host, family: literal }] : await policy.resolve(host)
  const allowed = url.protocol === 'https:' ? policy.isPublic : url.protocol === 'http:' ? isLoopbackAddress : () => false
  const refused = addresses.find(({ address }) => !allowed(address))
  if (refused) throw new TargetNotAllowed(`${url.host} is ${refused.address}, which a ${url.protocol} webhook may not reach`)
  if (addresses.length === 0) throw new TargetNotAllowed(`${url.host} has no address`)
  return addresses
}

/**
 * A `lookup` for the post's socket that answers with the addresses checked a moment ago instead of
 * asking DNS again: a name that resolves to a public address for the check and to an internal one
 * for the connection (DNS rebinding) cannot slip through.
 */
export function pinnedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = options.family === 4 || options.family === 6 ? options.family : 0
    const usable = addresses.filter((candidate) => family === 0 || candidate.family === family)
    const [first] = usable
    if (!first) {
      callback(Object.assign(new Error('No checked address of the wanted family'), { code: 'ENOTFOUND' }), '', 0)
      return
    }
    if (options.all) callback(null, usable)
    else callback(null, first.address, first.family)
  }
}
