import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoard } from '../../shared/board/readBoard.ts';
import { startTestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc } from '../helpers/yjsClient.ts';
import { boardForTwo, useE2E } from './fixture.ts';

// Issue 9, "Venue network": the service worker keeps the app shell, so a participant's board
// opens with the device fully offline (no page, API, board or control traffic at all), shows
// the notes kept on the device, and sends what was typed offline once the network is back.
const e2e = useE2E();
const SLOW = { timeout: 15_000 };

describe('offline app shell', () => {
  it('a board reloaded while fully offline opens from the device; its offline edit reaches a second client', async () => {
    const { workshop, groupId, a, anna, bram, open } = await boardForTwo(e2e, 'Geen wifi');
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    try {
      await observer.synced;
      await open();
      const before = await anna.addNote('Wat speelt er?', 'Voor de storing');
      await anna.waitUntilSaved();
      // The worker has installed the shell and controls the page (clients.claim on activate).
      await a.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, SLOW);

      // The venue network goes away entirely, and the participant reloads.
      await a.context.setOffline(true);
      await a.page.reload();
      await anna.heading.waitFor(SLOW);
      expect(await anna.noteByText('Voor de storing')).toBe(before);
      expect(await anna.status()).toMatch(/^(offline|connecting|reconnecting)$/);
      const offline = await anna.addNote('Ideeën', 'Zonder netwerk getypt');
      await anna.waitUntilStoredLocally();
      expect(await bram.noteIds('Ideeën')).toEqual([]);

      // The network is back: the kept edit reaches the server and the other participant.
      await a.context.setOffline(false);
      await anna.waitUntilSaved();
      await expect.poll(() => bram.noteIds('Ideeën'), SLOW).toEqual([offline]);
      expect(await bram.noteText(offline)).toBe('Zonder netwerk getypt');
      await waitForDoc(observer.doc, (d) => readBoard(d).notes.some((n) => n.id === offline && n.text === 'Zonder netwerk getypt'));
    } finally {
      observer.destroy();
    }
  });
});

describe('a new build replaces the shell', () => {
  it('the next visit installs the new worker, deletes the old cache, and never shows the old index.html', async () => {
    // A deploy, simulated on a copy of the build: a new index.html and an sw.js of another version.
    const dir = mkdtempSync(join(tmpdir(), 'werkbord-deploy-'));
    cpSync(join(process.cwd(), 'dist/client'), dir, { recursive: true });
    const server = await startTestServer({ CLIENT_DIR: dir });
    const context = await e2e.browser.newContext({ locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      await page.goto(server.url + '/');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, SLOW);
      const cacheNames = () => page.evaluate(() => caches.keys());
      const [oldCache] = await cacheNames();
      const oldVersion = /^werkbord-shell-([0-9a-f]{16})$/.exec(oldCache ?? '')?.[1];
      expect(oldVersion).toBeDefined();

      const newVersion = 'feedfacefeedface';
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
      writeFileSync(join(dir, 'sw.js'), sw.replaceAll(oldVersion!, newVersion));
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      writeFileSync(join(dir, 'index.html'), html.replace('<head>', '<head><meta name="werkbord-build" content="new">'));
      // The precompressed copies of the two changed files would still be the old build's.
      for (const f of ['sw.js.br', 'sw.js.gz', 'index.html.br', 'index.html.gz']) rmSync(join(dir, f), { force: true });

      // Online: the page comes from the network at once (network-first), the worker updates.
      await page.reload();
      expect(await page.locator('meta[name="werkbord-build"]').count()).toBe(1);
      await expect.poll(cacheNames, SLOW).toEqual([`werkbord-shell-${newVersion}`]);
      // Offline: the kept page is the new one.
      await context.setOffline(true);
      await page.reload();
      expect(await page.locator('meta[name="werkbord-build"]').count()).toBe(1);
    } finally {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
