import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectBoard, waitForDoc } from '../helpers/yjsClient.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { useE2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { JoinPage } from './pages/JoinPage.ts';
import { focusedName, tabTo } from './pages/keyboard.ts';

/*
 * Issue 9, venue network: the join link opened again on a laptop that joined with it goes
 * straight back to its board, without waiting for the server (npm run bench:venue measures the
 * time); the server's answer, when it comes, still decides.
 */

const e2e = useE2E();
const SLOW = { timeout: 15_000 };

const isJoinPost = (request: Request) => request.method() === 'POST' && /\/api\/workshops\/[^/]+\/join$/.test(request.url());

/** A laptop that joined `group` through the join link (first visit), with the board's tab closed. */
async function joinedLaptop(workshop: WorkshopCreated, group: string, name?: string, { shell = false } = {}): Promise<BrowserContext> {
  const { context, page } = await e2e.newPage();
  const join = new JoinPage(page);
  await join.goto(workshop.links.join);
  await join.join(group, name);
  await new BoardPage(page).waitUntilLoaded();
  // `shell`: the service worker has kept the app shell, as on a laptop that spent a while here.
  if (shell) await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, SLOW);
  await page.close();
  return context;
}

/** Opens the join link in a new tab of the same laptop (its storage, its service worker). */
async function reopen(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  return page;
}

async function rotate(workshop: WorkshopCreated, body: { role: string; groupId?: string }): Promise<void> {
  const res = await fetch(`${e2e.server.url}/api/workshops/${workshop.id}/tokens/rotate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${workshop.tokens.organiser}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

describe('the join link opened again on a laptop that joined with it', () => {
  it('opens its board, editable and saved, while the join POST has not been answered', async () => {
    const workshop = await e2e.server.createWorkshop('Terugkomen', ['Groep Noord', 'Groep Zuid']);
    const context = await joinedLaptop(workshop, 'Groep Zuid', 'Anna');
    // From here on every join POST of this laptop is held: the board must not wait for one.
    const held: Route[] = [];
    await context.route('**/api/workshops/*/join', (route) => { held.push(route); });
    const page = await reopen(context, workshop.links.join);
    const board = new BoardPage(page);
    await board.waitUntilLoaded();
    expect(new URL(page.url()).pathname).toBe(`/w/${workshop.id}/g/${workshop.groups[1]!.id}`);
    await page.getByRole('heading', { level: 1, name: 'Groep Zuid' }).waitFor();
    expect(await page.getByLabel('Je naam (niet verplicht)').inputValue()).toBe('Anna');
    // The token is not left in the address bar.
    expect(page.url()).not.toContain('#t=');
    await board.editNote(await board.addNote(), 'Terug aan tafel');
    await board.waitUntilSaved();
    // The server is asked in the background: the question is out, its answer not yet in.
    await expect.poll(() => held.length).toBe(1);
    await held[0]!.continue();
    await context.unroute('**/api/workshops/*/join');
    // The answer agrees: the same board stays, with the note.
    await board.noteByText('Terug aan tafel');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Groep Zuid');
  });

  it('opens its board while fully offline; what was typed there reaches the server once back online', async () => {
    const workshop = await e2e.server.createWorkshop('Terugkomen', ['Groep Noord']);
    const groupId = workshop.groups[0]!.id;
    const context = await joinedLaptop(workshop, 'Groep Noord', undefined, { shell: true });
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    try {
      await observer.synced;
      await context.setOffline(true);
      const page = await reopen(context, workshop.links.join);
      const board = new BoardPage(page);
      await page.getByRole('heading', { level: 1, name: 'Groep Noord' }).waitFor(SLOW);
      expect(new URL(page.url()).pathname).toBe(`/w/${workshop.id}/g/${groupId}`);
      const id = await board.addNote();
      await board.editNote(id, 'Zonder netwerk getypt');
      await page.locator('.connection[data-local="stored"]').waitFor();
      // The background question failed for want of a network: that is no refusal, the kept join stays.
      await context.setOffline(false);
      await board.waitUntilSaved();
      await waitForDoc(observer.doc, (d) => readBoard(d).notes.some((n) => n.id === id && n.text === 'Zonder netwerk getypt'));
      expect(new URL(page.url()).pathname).toBe(`/w/${workshop.id}/g/${groupId}`);
    } finally {
      observer.destroy();
    }
  });

  it('lets the participant join another group by keyboard', async () => {
    const workshop = await e2e.server.createWorkshop('Terugkomen', ['Groep Noord', 'Groep Zuid']);
    const context = await joinedLaptop(workshop, 'Groep Noord');
    const page = await reopen(context, workshop.links.join);
    await new BoardPage(page).waitUntilLoaded();
    await page.getByRole('heading', { level: 1, name: 'Groep Noord' }).waitFor();
    await expectNoSeriousViolations(page, 'board with the "join another group" link');
    await tabTo(page, /^Andere groep kiezen$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/w/${workshop.id}/join\\?choose$`));
    // The group this laptop is in is checked and has focus; the arrow key picks the next one.
    await page.getByRole('group', { name: 'Kies je groep' }).waitFor();
    expect(await focusedName(page)).toBe('Groep Noord');
    expect(await page.getByRole('radio', { name: 'Groep Noord' }).isChecked()).toBe(true);
    await expectNoSeriousViolations(page, 'join page, choosing another group');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Groep Zuid' }).isChecked()).toBe(true);
    await tabTo(page, /^Naar het bord$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/w/${workshop.id}/g/${workshop.groups[1]!.id}`);
    await new BoardPage(page).waitUntilLoaded();
    await page.getByRole('heading', { level: 1, name: 'Groep Zuid' }).waitFor();
    await page.close();
    // The join link now brings this laptop back to its new group.
    const again = await reopen(context, workshop.links.join);
    await new BoardPage(again).waitUntilLoaded();
    await again.getByRole('heading', { level: 1, name: 'Groep Zuid' }).waitFor();
  });

  it('shows the error, not the old board, when the join link was rotated', async () => {
    const workshop = await e2e.server.createWorkshop('Terugkomen', ['Groep Noord']);
    const context = await joinedLaptop(workshop, 'Groep Noord');
    await rotate(workshop, { role: 'join' });
    const page = await reopen(context, workshop.links.join);
    await page.getByRole('heading', { name: 'Deze link is ongeldig of verlopen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${workshop.id}/join`);
    expect(await page.locator('canvas.canvas-board__canvas').count()).toBe(0);
    await page.close();
    // The refusal is remembered: the old link no longer even shows the board for a moment.
    const posts: Request[] = [];
    context.on('request', (r) => { if (isJoinPost(r)) posts.push(r); });
    const again = await reopen(context, workshop.links.join);
    await again.getByRole('heading', { name: 'Deze link is ongeldig of verlopen' }).waitFor();
    expect(new URL(again.url()).pathname).toBe(`/w/${workshop.id}/join`);
    expect(posts).toEqual([]);
  });

  it('goes to the board with the new token when only the group link was rotated', async () => {
    const workshop = await e2e.server.createWorkshop('Terugkomen', ['Groep Noord']);
    const context = await joinedLaptop(workshop, 'Groep Noord');
    await rotate(workshop, { role: 'participant', groupId: workshop.groups[0]!.id });
    const page = await reopen(context, workshop.links.join);
    const board = new BoardPage(page);
    // The kept token is refused; the join link still holds and gives the new one.
    await board.waitUntilLoaded();
    await page.getByRole('heading', { level: 1, name: 'Groep Noord' }).waitFor();
    await board.editNote(await board.addNote(), 'Met de nieuwe sleutel');
    await board.waitUntilSaved();
  });

  it('shows what a first visit shows, not the old board, when the workshop was deleted', async () => {
    const workshop = await e2e.server.createWorkshop('Terugkomen', ['Groep Noord']);
    const context = await joinedLaptop(workshop, 'Groep Noord');
    const res = await fetch(`${e2e.server.url}/api/workshops/${workshop.id}`, {
      method: 'DELETE', headers: { authorization: `Bearer ${workshop.tokens.organiser}` },
    });
    expect(res.status).toBe(200);
    // What the link shows a laptop that never joined: the error the app shows today.
    const { page: fresh } = await e2e.newPage();
    await fresh.goto(workshop.links.join);
    const error = fresh.getByRole('heading', { name: 'Deze link is ongeldig of verlopen' });
    await error.waitFor();
    const page = await reopen(context, workshop.links.join);
    await page.getByRole('heading', { name: 'Deze link is ongeldig of verlopen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${workshop.id}/join`);
    expect(await page.locator('canvas.canvas-board__canvas').count()).toBe(0);
  });
});
