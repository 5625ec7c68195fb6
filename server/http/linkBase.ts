import type { Request } from 'express';
import type { LinkBase } from '../../shared/schemas/workshop.ts';
import { isLoopback, isWildcard } from '../net/addresses.ts';

export interface LinkBaseOptions {
  /** PUBLIC_URL, without a trailing slash. */
  publicUrl: string | undefined;
  /** The configured bind host (HOST) and the port the server really listens on. */
  listening: () => { host: string; port: number };
  /** This machine's LAN address (server/net/addresses.ts), looked up per call: Wi-Fi changes. */
  lanAddress: () => string | undefined;
}

/**
 * Where the links handed out start (docs/api.md, "Links"): PUBLIC_URL when set; else the
 * address this browser used, unless that is loopback (localhost, 127.0.0.1), which no other
 * laptop can open: then the LAN address the server really listens on, when it listens on every
 * interface. A server bound to loopback has no such address: its links work on this computer
 * only, and `localOnly` says so (the home and organiser pages warn).
 */
export function linkBaseOf(req: Request, { publicUrl, listening, lanAddress }: LinkBaseOptions): LinkBase {
  if (publicUrl) return { base: publicUrl, source: 'publicUrl', localOnly: isLoopback(new URL(publicUrl).hostname) };
  const host = req.get('host') ?? 'localhost';
  const own = `${req.protocol}://${host}`;
  if (!isLoopback(new URL(own).hostname)) return { base: own, source: 'request', localOnly: false };
  const { host: bound, port } = listening();
  const lan = isWildcard(bound) ? lanAddress() : undefined;
  if (lan) return { base: `${req.protocol}://${lan}:${port}`, source: 'lan', localOnly: false };
  return { base: own, source: 'request', localOnly: true };
}
