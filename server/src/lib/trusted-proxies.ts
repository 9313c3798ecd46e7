import { BlockList, isIP } from 'node:net';
import { splitCommaList } from './comma-list.ts';

/** `203.0.113.7`, `2001:db8::1`, or a CIDR block such as `172.30.0.0/24` or `fd00::/8`. */
export function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** A peer written as an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is the IPv4 peer it maps. */
function unmapped(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The proxies of our own in front of the API (compose: nginx). Only a request whose socket peer is one of
 * them has its X-Forwarded-For believed; from any other peer the socket address is the client.
 */
export class TrustedProxies {
  private readonly list = new BlockList();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      if (!isAddressOrCidr(entry)) throw new RangeError(`not an address or CIDR block: ${entry}`);
      const [address = '', prefix] = entry.split('/');
      const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) this.list.addAddress(address, type);
      else this.list.addSubnet(address, Number(prefix), type);
    }
  }

  has(address: string): boolean {
    const plain = unmapped(address);
    const family = isIP(plain);
    return family !== 0 && this.list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  }

  /**
   * The client of a request: walk [...X-Forwarded-For, socket peer] from the right while the hop is one of
   * our proxies; the first hop that is not is the client (each proxy appends the address it saw, so entries
   * further left are whatever the client claimed, and are never believed).
   */
  clientOf(socketPeer: string, forwardedFor: string | undefined): string {
    const chain = [...splitCommaList(forwardedFor ?? ''), socketPeer];
    let i = chain.length - 1;
    while (i > 0 && this.has(chain[i] ?? '')) i--;
    return unmapped(chain[i] ?? socketPeer);
  }
}
