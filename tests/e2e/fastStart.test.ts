import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { useE2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { JoinPage } from './pages/JoinPage.ts';

/*
 * Issue 9, venue network: round trips the way from the join link to an editable board no
 * longer waits for (npm run bench:venue measures the time itself).
 */

const e2e = useE2E();

describe('the way from the join link to a board', () => {
  it('opens the control channel as a WebSocket, without a long-polling handshake first', async () => {
    const workshop = await e2e.server.createWorkshop('Snelle start', ['Groep Noord']);
    const { page } = await e2e.newPage();
    const polls: string[] = [];
    const sockets: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/socket.io/') && r.url().includes('transport=polling')) polls.push(r.url()); });
    page.on('websocket', (ws) => { if (ws.url().includes('/socket.io/')) sockets.push(ws.url()); });
    const join = new JoinPage(page);
    await join.goto(workshop.links.join);
    await join.join('Groep Noord');
    await new BoardPage(page).waitUntilLoaded();
    // The join page's channel and the board's (another token): both straight to a WebSocket.
    await expect.poll(() => sockets.length).toBeGreaterThanOrEqual(2);
    expect(polls).toEqual([]);
  });

  it('shows the board from what the join page knew while the server has not yet said who this is', async () => {
    const workshop = await e2e.server.createWorkshop('Snelle start', ['Groep Noord', 'Groep Zuid']);
    const { page } = await e2e.newPage();
    const join = new JoinPage(page);
    await join.goto(workshop.links.join);
    // From here on the workshop's info is held back: the board must not wait for it.
    const held: Route[] = [];
    await page.route(`**/api/workshops/${workshop.id}`, (route) => { held.push(route); });
    await join.join('Groep Zuid');
    const board = new BoardPage(page);
    await board.waitUntilLoaded();
    await page.getByRole('heading', { level: 1, name: 'Groep Zuid' }).waitFor();
    await board.addButton.waitFor();
    expect(held.length).toBe(1);
    // The reply, once it comes, changes nothing visible.
    await held[0]!.continue();
    await page.unroute(`**/api/workshops/${workshop.id}`);
    await page.getByRole('heading', { level: 1, name: 'Groep Zuid' }).waitFor();
    expect(await page.locator('.board-header__workshop').innerText()).toBe('Snelle start');
  });

  it('loads the English strings only on a device that chooses English', async () => {
    const { page } = await e2e.newPage({ locale: 'en-GB' });
    const english: string[] = [];
    page.on('request', (r) => { if (/\/assets\/en-[\w-]+\.js$/.test(new URL(r.url()).pathname)) english.push(r.url()); });
    await new HomePage(page).goto(e2e.server.url);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe workshop' }).waitFor();
    expect(english).toEqual([]);
    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'New workshop' }).waitFor();
    expect(english.length).toBe(1);
  });

  it('still shows the refusal when the kept info is stale (the link was rotated)', async () => {
    const workshop = await e2e.server.createWorkshop('Snelle start', ['Groep Noord']);
    const { page } = await e2e.newPage();
    const join = new JoinPage(page);
    await join.goto(workshop.links.join);
    await join.join('Groep Noord');
    await new BoardPage(page).waitUntilLoaded();
    const boardUrl = page.url();
    const rotated = await fetch(`${e2e.server.url}/api/workshops/${workshop.id}/tokens/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${workshop.tokens.organiser}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'participant', groupId: workshop.groups[0]!.id }),
    });
    expect(rotated.status).toBe(200);
    await page.goto('about:blank');
    await page.goto(boardUrl);
    await page.getByRole('heading', { name: 'Deze link is ongeldig of verlopen' }).waitFor();
    expect(await page.locator('canvas.canvas-board__canvas').count()).toBe(0);
  });
});
