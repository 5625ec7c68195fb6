import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { clientAddress } from '../../server/http/clientAddress.ts';
import { RateLimiter } from '../../server/http/rateLimit.ts';

describe('RateLimiter (token bucket per key)', () => {
  it('allows a minute’s worth at once, then one per 60/perMinute s, with the wait in Retry-After', () => {
    const limiter = new RateLimiter(60);
    const t = 1_000_000;
    for (let i = 0; i < 60; i++) expect(limiter.take('a', t).ok).toBe(true);
    expect(limiter.take('a', t)).toEqual({ ok: false, retryAfterS: 1 });
    expect(limiter.take('b', t).ok).toBe(true);
    expect(limiter.take('a', t + 999).ok).toBe(false);
    expect(limiter.take('a', t + 1500).ok).toBe(true);
    expect(limiter.take('a', t + 1500).ok).toBe(false);
  });

  it('0 is no limit; the number of keys is bounded (the oldest starts afresh)', () => {
    const off = new RateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(off.take('a').ok).toBe(true);
    const small = new RateLimiter(1, 2);
    expect(small.take('a', 0).ok).toBe(true);
    expect(small.take('b', 0).ok).toBe(true);
    expect(small.take('c', 0).ok).toBe(true);
    expect(small.take('a', 0).ok).toBe(true);
    expect(small.take('c', 0).ok).toBe(false);
  });
});

describe('clientAddress', () => {
  const req = (remoteAddress: string, forwarded?: string) => ({
    socket: { remoteAddress }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as IncomingMessage;

  it('takes X-Forwarded-For only from a proxy on loopback, its last hop that is not loopback', () => {
    expect(clientAddress(req('203.0.113.9', '198.51.100.1'))).toBe('203.0.113.9');
    expect(clientAddress(req('127.0.0.1', '198.51.100.1, 203.0.113.5'))).toBe('203.0.113.5');
    expect(clientAddress(req('::1', '198.51.100.1, 127.0.0.1'))).toBe('198.51.100.1');
    expect(clientAddress(req('127.0.0.1'))).toBe('127.0.0.1');
    expect(clientAddress(req('::ffff:192.0.2.7'))).toBe('192.0.2.7');
  });

  it('keys IPv6 clients by their /64', () => {
    expect(clientAddress(req('2001:db8:1:2:3:4:5:6'))).toBe('2001:db8:1:2::/64');
    expect(clientAddress(req('2001:db8:1:2::9'))).toBe('2001:db8:1:2::/64');
    expect(clientAddress(req('2001:db8::1'))).toBe('2001:db8:0:0::/64');
    expect(clientAddress(req('fe80::1%eth0'))).toBe('fe80:0:0:0::/64');
  });
});

describe('flood and origin configuration', () => {
  it('has generous defaults and reads ALLOWED_ORIGINS as origins', () => {
    const config = loadConfig({});
    expect(config.rateLimits).toEqual({ create: 60, join: 600, authFailures: 120, controlBadEvents: 50 });
    expect(config).toMatchObject({ upgradeTimeoutMs: 10_000, maxBoardSockets: 4000, maxBoardSocketsPerBoard: 200, allowedOrigins: [] });
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://a.example/, http://b.example:8080' }).allowedOrigins)
      .toEqual(['https://a.example', 'http://b.example:8080']);
    expect(loadConfig({ ALLOWED_ORIGINS: '*' }).allowedOrigins).toBe('*');
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'evil' })).toThrow(/ALLOWED_ORIGINS/);
  });
});
