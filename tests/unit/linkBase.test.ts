import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { linkBaseOf } from '../../server/http/linkBase.ts';
import { isLoopback, reachableUrls } from '../../server/net/addresses.ts';

/** Just enough of an Express request: the Host header and the protocol. */
const req = (host: string, protocol = 'http') => ({ protocol, get: (h: string) => (h.toLowerCase() === 'host' ? host : undefined) }) as unknown as Request;
const on = (host: string, lan: string | undefined, publicUrl?: string) =>
  ({ publicUrl, listening: () => ({ host, port: 3000 }), lanAddress: () => lan });

describe('where links start (server/http/linkBase.ts, issue 10)', () => {
  it('PUBLIC_URL wins', () => {
    expect(linkBaseOf(req('localhost:3000'), on('0.0.0.0', '192.168.1.20', 'https://werkbord.example'))).toEqual({
      base: 'https://werkbord.example', source: 'publicUrl', localOnly: false,
    });
  });

  it('a browser on localhost gets the LAN address the server listens on (bound to every interface)', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000']) {
      expect(linkBaseOf(req(host), on('0.0.0.0', '192.168.1.20'))).toEqual({ base: 'http://192.168.1.20:3000', source: 'lan', localOnly: false });
    }
  });

  it('a browser that reached the server by a network name keeps it (a proxy, the LAN address)', () => {
    expect(linkBaseOf(req('werkbord.local:3000'), on('0.0.0.0', '192.168.1.20'))).toEqual({ base: 'http://werkbord.local:3000', source: 'request', localOnly: false });
  });

  it('bound to loopback there is no LAN link: the links are local only, and it says so', () => {
    expect(linkBaseOf(req('127.0.0.1:3000'), on('127.0.0.1', '192.168.1.20'))).toEqual({ base: 'http://127.0.0.1:3000', source: 'request', localOnly: true });
    expect(linkBaseOf(req('localhost:3000'), on('0.0.0.0', undefined)).localOnly).toBe(true);
  });

  it('the start banner prints only addresses that reach the server', () => {
    expect(reachableUrls('127.0.0.1', 3000, '192.168.1.20')).toEqual({ local: 'http://127.0.0.1:3000' });
    expect(reachableUrls('0.0.0.0', 3000, '192.168.1.20')).toEqual({ local: 'http://localhost:3000', network: 'http://192.168.1.20:3000' });
    expect(reachableUrls('0.0.0.0', 3000, undefined)).toEqual({ local: 'http://localhost:3000' });
    expect(reachableUrls('192.168.1.20', 3000, '192.168.1.20')).toEqual({ network: 'http://192.168.1.20:3000' });
    expect(isLoopback('127.0.1.1')).toBe(true);
    expect(isLoopback('192.168.1.20')).toBe(false);
  });
});
