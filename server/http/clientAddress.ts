import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

/**
 * The address that rate limits are keyed by, the same for REST, board and control channel.
 * Like Express's `trust proxy: 'loopback'` (server/http/app.ts): a proxy on this machine may
 * name the client in `X-Forwarded-For`; we take the last hop that is not loopback, so that a
 * client cannot pick its own key by sending the header itself through the proxy.
 * IPv6 clients are keyed by their /64: one laptop holds a whole /64 and could otherwise
 * rotate through addresses to escape every limit.
 */
export function clientAddress(req: IncomingMessage): string {
  let address = plain(req.socket.remoteAddress ?? '');
  if (isLoopback(address)) {
    const hops = String(req.headers['x-forwarded-for'] ?? '').split(',').map((h) => plain(h.trim())).filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      address = hops[i]!;
      if (!isLoopback(address)) break;
    }
  }
  return isIPv6(address) ? prefix64(address) : address;
}

function plain(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}

function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1';
}

/** `2001:db8:1:2:3:4:5:6` and `2001:db8:1:2::9` → `2001:db8:1:2::/64`. */
function prefix64(address: string): string {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const front = head ? head.split(':') : [];
  const back = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
