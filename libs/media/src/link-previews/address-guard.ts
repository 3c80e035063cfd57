import { BlockList, isIP } from 'node:net';

/**
 * Addresses the link-preview fetcher never connects to (SSRF): everything but public unicast. IPv4: "this
 * network" 0/8, private 10/8, 172.16/12, 192.168/16, CGNAT 100.64/10, loopback 127/8, link-local 169.254/16
 * (cloud metadata), IETF 192.0.0/24, documentation and benchmarking ranges, 6to4 relay, multicast 224/4 and
 * reserved 240/4 (broadcast included). IPv6: only global unicast 2000::/3, and in it not documentation,
 * 6to4, Teredo, ORCHID or benchmarking ranges; so ::, ::1, IPv4-mapped ::ffff:0:0/96 and NAT64 64:ff9b::/96
 * (an IPv4 address in disguise), ULA fc00::/7, link-local fe80::/10 and multicast ff00::/8 are all refused.
 */
const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['3fff::', 20],
] as const)
  BLOCKED.addSubnet(net, bits, 'ipv6');
const GLOBAL_V6 = new BlockList();
GLOBAL_V6.addSubnet('2000::', 3, 'ipv6');

/** Why an address is refused, or null when it is public unicast (or in `allowed`, the test allowlist). */
export function forbiddenAddress(address: string, allowed?: BlockList | null): string | null {
  const family = isIP(address);
  if (!family) return 'not an IP address';
  const type = family === 6 ? 'ipv6' : 'ipv4';
  if (allowed?.check(address, type)) return null;
  if (family === 4) return BLOCKED.check(address, 'ipv4') ? 'a private, loopback, link-local, shared or reserved IPv4 address' : null;
  if (!GLOBAL_V6.check(address, 'ipv6'))
    return 'an IPv6 address outside global unicast (loopback, mapped IPv4, unique-local, link-local, multicast)';
  return BLOCKED.check(address, 'ipv6') ? 'a reserved IPv6 range' : null;
}

/** The test allowlist (LINK_PREVIEW_ALLOW_ADDRESSES) as a BlockList; null when empty. */
export function allowList(entries: string[]): BlockList | null {
  if (!entries.length) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const v6 = isIP(address) === 6;
    list.addSubnet(address, bits === undefined ? (v6 ? 128 : 32) : Number(bits), v6 ? 'ipv6' : 'ipv4');
  }
  return list;
}
