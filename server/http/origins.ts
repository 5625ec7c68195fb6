import type { IncomingMessage } from 'node:http';

export interface OriginOptions {
  /** PUBLIC_URL, always allowed. */
  publicUrl: string | undefined;
  /** ALLOWED_ORIGINS; `'*'` turns the check off. */
  allowed: readonly string[] | '*';
}

/**
 * Decides whether a WebSocket or Socket.IO request may come from the page that made it.
 * A browser always sends `Origin` on these requests, and a page of another site cannot
 * forge it: without this check any site a participant visits could open our sockets (the
 * token would still be needed, but cross-site WebSocket hijacking stays one bug away).
 * Allowed: no `Origin` at all (non-browser clients such as a stock Node y-websocket client,
 * which can send anything anyway), the host the request came to (any scheme, since TLS may
 * end at a proxy in front of us), `PUBLIC_URL`, and the configured list.
 */
export function originChecker({ publicUrl, allowed }: OriginOptions): (req: IncomingMessage) => boolean {
  const fixed = new Set([...(allowed === '*' ? [] : allowed), ...(publicUrl ? [new URL(publicUrl).origin] : [])]);
  return (req) => {
    const origin = req.headers.origin;
    if (origin === undefined || allowed === '*') return true;
    if (fixed.has(origin)) return true;
    if (!URL.canParse(origin) || !req.headers.host) return false;
    const from = new URL(origin);
    // The Host header through the URL parser, so that `host:80` and `http://host` agree.
    const host = URL.canParse(`${from.protocol}//${req.headers.host}`) ? new URL(`${from.protocol}//${req.headers.host}`).host : undefined;
    return from.host === host && (from.protocol === 'http:' || from.protocol === 'https:');
  };
}
