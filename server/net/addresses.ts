import { networkInterfaces } from 'node:os';

/** The first IPv4 address of this machine on a network (not loopback), or undefined. */
export function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) {
      if (a.family === 'IPv4' && !a.internal) return a.address;
    }
  }
  return undefined;
}

/** A host name or address that only this computer can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\./.test(h) || h === '0:0:0:0:0:0:0:1';
}

/** A bind address that listens on every interface. */
export function isWildcard(host: string): boolean {
  return host === '' || host === '0.0.0.0' || host === '::' || host === '[::]';
}

/**
 * The addresses at which a server bound to `host` on `port` can really be reached, for the
 * start banner: loopback only when bound to loopback, the LAN address too when bound to every
 * interface, only that address when bound to one.
 */
export function reachableUrls(host: string, port: number, lan: string | undefined): { local?: string; network?: string } {
  if (isWildcard(host)) return { local: `http://localhost:${port}`, ...(lan ? { network: `http://${lan}:${port}` } : {}) };
  if (isLoopback(host)) return { local: `http://${host.includes(':') ? `[${host}]` : host}:${port}` };
  return { network: `http://${host.includes(':') ? `[${host}]` : host}:${port}` };
}
