// Is an address on the local network? The operator's basemap may live there; the console never talks to
// the internet, so a basemap URL must name a host whose every address is private, loopback or link-local.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

function ipv4Private(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

function ipv6Private(ip: string): boolean {
  const lower = ip.toLowerCase();
  if (lower === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return ipv4Private(mapped[1]!);
  return /^f[cd][0-9a-f]{2}:/.test(lower) || /^fe[89ab][0-9a-f]:/.test(lower);
}

/** True for loopback, RFC 1918, CGNAT, link-local and IPv6 unique-local addresses. */
export function isPrivateAddress(ip: string): boolean {
  const version = isIP(ip);
  if (version === 4) return ipv4Private(ip);
  if (version === 6) return ipv6Private(ip);
  return false;
}

export type HostResolver = (host: string) => Promise<string[]>;

export const systemResolver: HostResolver = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

/** Why a URL is not on the local network, or null when it is. */
export async function notLocalReason(url: URL, resolve: HostResolver = systemResolver): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPrivateAddress(host) ? null : `${host} is not an address of the local network`;
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    return `cannot resolve ${host}: ${(error as Error).message}`;
  }
  if (addresses.length === 0) return `${host} has no address`;
  const outside = addresses.filter((a) => !isPrivateAddress(a));
  return outside.length ? `${host} resolves to ${outside.join(', ')}, outside the local network` : null;
}
