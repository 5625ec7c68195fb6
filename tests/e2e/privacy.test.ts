import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { JoinPage } from './pages/JoinPage.ts';

const e2e = useE2E();

interface Observed {
  requests: string[];
  sockets: string[];
  cspMessages: string[];
}

/** Records every request, WebSocket and CSP report of every page in `context`. */
async function observe(context: BrowserContext): Promise<Observed> {
  const seen: Observed = { requests: [], sockets: [], cspMessages: [] };
  context.on('request', (r) => seen.requests.push(r.url()));
  context.on('page', (page) => {
    page.on('websocket', (ws) => seen.sockets.push(ws.url()));
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) seen.cspMessages.push(m.text() + ' @ ' + page.url().split('#')[0] + ' ' + JSON.stringify(m.location()));
    });
  });
  // Also catch violations the console might not show (e.g. report-only or late ones).
  await context.exposeBinding('reportCspViolation', (_source, text: string) => seen.cspMessages.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportCspViolation(t: string): Promise<void> })
        .reportCspViolation(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} on ${location.pathname}`);
    });
  });
  return seen;
}

describe('privacy and CSP', () => {
  it('makes no request off its own origin and trips no Content Security Policy', async () => {
    const origin = e2e.server.url;
    const wsOrigin = e2e.server.wsUrl;
    const { context, page } = await e2e.newPage();
    const seen = await observe(context);
    page.on('websocket', (ws) => seen.sockets.push(ws.url()));
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) seen.cspMessages.push(m.text() + ' @ ' + page.url().split('#')[0] + ' ' + JSON.stringify(m.location()));
    });

    // The CSP this test relies on is really sent.
    const response = await page.goto(`${origin}/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");

    // Home: create a workshop (QR codes as data: images), open the organiser page.
    const home = new HomePage(page);
    await home.titleInput.waitFor();
    await home.create('Privacy', ['Groep A']);
    await home.createdHeading.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.link-list img.qr').length === 5);
    const joinLink = await home.linkValue('Meedoen (deelnemers)');
    const plenaryLink = await home.linkValue('Plenair scherm');
    await page.getByRole('heading', { level: 2, name: 'Groepen en casussen' }).waitFor();

    // Join, then work on the board: notes are positioned with CSSOM styles, which the CSP allows.
    await page.goto(joinLink);
    const join = new JoinPage(page);
    await join.join('Groep A', 'Anna');
    const board = new BoardPage(page);
    await board.waitUntilLoaded();
    const id = await board.addNote();
    await page.keyboard.type('Geheim blijft hier');
    await board.dragNote(id, 60, 40);
    await board.waitUntilSaved();

    // The beamer view.
    await page.goto(plenaryLink);
    await page.locator('img.beamer__join-qr').waitFor();

    expect(seen.requests.length).toBeGreaterThan(5);
    expect(seen.sockets.some((u) => u.startsWith(`${wsOrigin}/yjs/`))).toBe(true);
    const offOrigin = seen.requests.filter((u) =>
      !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(offOrigin).toEqual([]);
    expect(seen.sockets.filter((u) => !u.startsWith(`${wsOrigin}/`))).toEqual([]);
    // No page URL ever carried a token in its query string.
    expect(seen.requests.filter((u) => /[?&]token=/.test(u))).toEqual([]);
    expect(seen.cspMessages).toEqual([]);
  });
});
