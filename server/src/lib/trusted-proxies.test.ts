import { describe, expect, it } from 'vitest';
import { isAddressOrCidr, TrustedProxies } from './trusted-proxies.ts';

describe('TrustedProxies', () => {
  const proxies = new TrustedProxies(['172.30.0.10', '10.0.0.0/8', 'fd00::/8']);

  it('knows its proxies by address and by block, IPv4-mapped peers included', () => {
    expect(proxies.has('172.30.0.10')).toBe(true);
    expect(proxies.has('::ffff:172.30.0.10')).toBe(true);
    expect(proxies.has('10.200.3.4')).toBe(true);
    expect(proxies.has('fd12::5')).toBe(true);
    expect(proxies.has('172.30.0.11')).toBe(false);
    expect(proxies.has('not an address')).toBe(false);
  });

  it('believes X-Forwarded-For only as far as its own proxies go', () => {
    expect(proxies.clientOf('172.30.0.10', '198.51.100.7')).toBe('198.51.100.7');
    // nginx behind a load balancer of ours: two hops of our own, then the phone.
    expect(proxies.clientOf('172.30.0.10', '203.0.113.9, 10.1.1.1')).toBe('203.0.113.9');
    // A made-up left-most entry is never reached: the first hop that is not ours is the client.
    expect(proxies.clientOf('172.30.0.10', '1.2.3.4, 198.51.100.7')).toBe('198.51.100.7');
    // From any other peer the header is ignored.
    expect(proxies.clientOf('198.51.100.99', '1.2.3.4')).toBe('198.51.100.99');
    expect(proxies.clientOf('::ffff:198.51.100.99', undefined)).toBe('198.51.100.99');
  });

  it('refuses what is not an address or a block', () => {
    for (const bad of ['nginx', '10.0.0.0/33', '10.0.0.1/8/2', 'fd00::/129', '']) {
      expect(isAddressOrCidr(bad)).toBe(false);
    }
    expect(() => new TrustedProxies(['nginx'])).toThrow(/not an address/);
  });
});
