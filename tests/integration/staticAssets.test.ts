import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../helpers/buildClient.ts';
import { rawGet } from '../helpers/rawHttp.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

// Issue 9, "Venue network": the built client precompressed, cached for a year when hashed,
// index.html and the service worker revalidated.
const dist = join(process.cwd(), 'dist/client');
const YEAR = 'public, max-age=31536000, immutable';
let server: TestServer;
let indexHtml: Buffer;
/** The entry script named in index.html: the largest file a participant loads. */
let entry: string;

beforeAll(async () => {
  ensureClientBuilt();
  indexHtml = readFileSync(join(dist, 'index.html'));
  entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(indexHtml.toString())![1]!;
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const original = (path: string) => readFileSync(join(dist, path));

describe('hashed assets', () => {
  it('Accept-Encoding with br (in Chromium\'s order): brotli bytes that decode to the built file', async () => {
    const res = await rawGet(server.url + entry, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(YEAR);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(original(entry).length / 2);
    expect(brotliDecompressSync(res.body).equals(original(entry))).toBe(true);
  });

  it('gzip only: gzip bytes that decode to the built file', async () => {
    const res = await rawGet(server.url + entry, { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(YEAR);
    expect(gunzipSync(res.body).equals(original(entry))).toBe(true);
  });

  it('no Accept-Encoding: the original bytes, still marked as varying', async () => {
    const res = await rawGet(server.url + entry);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(YEAR);
    expect(res.body.equals(original(entry))).toBe(true);
  });

  it('a stylesheet gets its own type, and br refused with q=0 gives gzip', async () => {
    const css = /href="(\/assets\/index-[^"]+\.css)"/.exec(indexHtml.toString())![1]!;
    const res = await rawGet(server.url + css, { 'accept-encoding': 'br;q=0, gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(res.body).equals(original(css))).toBe(true);
  });

  it('revalidation of a precompressed variant answers 304', async () => {
    const first = await rawGet(server.url + entry, { 'accept-encoding': 'br' });
    const again = await rawGet(server.url + entry, { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('a missing hashed asset or file is a 404, never index.html under a script\'s name', async () => {
    for (const path of ['/assets/missing-AbCd1234.js', '/favicon.ico']) {
      const res = await rawGet(server.url + path, { 'accept-encoding': 'br' });
      expect(res.status).toBe(404);
      expect(String(res.headers['content-type'] ?? '')).not.toMatch(/html/);
    }
  });
});

describe('index.html and the service worker are revalidated', () => {
  for (const path of ['/', '/index.html', '/w/abc/g/def']) {
    it(`${path}: no-cache, html, brotli that decodes to index.html`, async () => {
      const res = await rawGet(server.url + path, { 'accept-encoding': 'br, gzip' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(brotliDecompressSync(res.body).equals(indexHtml)).toBe(true);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    });
  }

  it('/sw.js: no-cache, JavaScript, and lists this build\'s shell', async () => {
    const res = await rawGet(`${server.url}/sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const code = res.body.toString();
    expect(code).not.toContain('__WERKBORD_SHELL_MANIFEST__');
    expect(code).toContain(entry);
    expect(code).toContain('/index.html');
    expect(code).toContain('/zod-config.js');
  });
});
