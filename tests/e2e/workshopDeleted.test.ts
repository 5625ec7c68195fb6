import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PresenceMember } from '../../shared/schemas/control.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { fillActionPoints } from '../helpers/fillWorkshop.ts';
import { useE2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { ConsolePage } from './pages/ConsolePage.ts';
import { JoinPage } from './pages/JoinPage.ts';
import { OrganiserPage } from './pages/OrganiserPage.ts';
import { PlenaryPage } from './pages/PlenaryPage.ts';

/*
 * Issue 10, "Broken": deleting a workshop clears every open page of every role at once, and
 * each says the workshop was deleted (not "reconnecting", not the old content).
 */

const e2e = useE2E();

const TITLE = 'Werkconferentie Wismerk';
const AP_TITLE = 'Actiepunt Wismerk';

async function newPage(): Promise<Page> {
  const { page } = await e2e.newPage();
  page.on('pageerror', (err) => console.error(`page error on ${page.url()}: ${err.message}`));
  return page;
}

describe('deleting a workshop', () => {
  it('clears the plenary, console, board, join and organiser pages at once and says so', async () => {
    const workshop = await e2e.server.createWorkshop(TITLE, ['Groep Noord', 'Groep Zuid']);
    await fillActionPoints(e2e.server, workshop, [{
      actionPoints: [{ title: AP_TITLE, body: 'Toelichting', parties: ['gemeente'], lead: 'gemeente', timeframe: 'direct' }],
    }]);
    // A watcher that tells when every screen is on the control channel (presence lists roles).
    const watcher = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    let members: PresenceMember[] = [];
    watcher.socket.on('presence', (list) => { members = list.members; });

    const plenary = new PlenaryPage(await newPage());
    await plenary.goto(workshop.links.plenary);
    const consolePage = new ConsolePage(await newPage());
    await consolePage.goto(workshop.links.facilitator);
    await consolePage.revealAll();
    await plenary.page.locator('.tile__title', { hasText: AP_TITLE }).waitFor();
    const board = new BoardPage(await newPage());
    await board.goto(workshop.links.groups![workshop.groups[0]!.id]!);
    const join = new JoinPage(await newPage());
    await join.goto(workshop.links.join);
    const otherOrganiser = new OrganiserPage(await newPage());
    await otherOrganiser.goto(workshop.links.organiser!, TITLE);
    const organiser = new OrganiserPage(await newPage());
    await organiser.goto(workshop.links.organiser!, TITLE);
    await expect.poll(() => members.map((m) => m.role).sort().join(','), { timeout: 10_000 })
      .toBe('facilitator,facilitator,join,organiser,organiser,participant,plenary');
    watcher.close();

    await organiser.deleteWorkshop(TITLE);
    await organiser.page.getByRole('heading', { level: 1, name: 'Het werkbord is verwijderd' }).waitFor();

    for (const [what, page] of [
      ['plenary', plenary.page], ['console', consolePage.page], ['board', board.page],
      ['join', join.page], ['other organiser tab', otherOrganiser.page],
    ] as const) {
      await page.getByRole('heading', { level: 1, name: 'Deze workshop is verwijderd' }).waitFor({ timeout: 5000 });
      const text = await page.locator('body').innerText();
      expect(text, what).not.toContain(TITLE);
      expect(text, what).not.toContain(AP_TITLE);
      expect(text, what).not.toContain('opnieuw verbinden');
      expect(await page.locator('img.qr, canvas').count(), `${what}: no QR code or board left`).toBe(0);
      expect(await page.title(), what).toBe('Deze workshop is verwijderd · Werkbord');
    }
  });

  it('accepts the title typed with "-" for "–" and "IJ" for "Ĳ"', async () => {
    const title = 'Werkconferentie Ĳsselstreek – 2026';
    const workshop = await e2e.server.createWorkshop(title, ['Groep A']);
    const organiser = new OrganiserPage(await newPage());
    await organiser.goto(workshop.links.organiser!, title);
    await organiser.deleteWorkshop('werkconferentie IJsselstreek - 2026');
    await organiser.page.getByRole('heading', { level: 1, name: 'Het werkbord is verwijderd' }).waitFor();
    expect((await fetch(`${e2e.server.url}/api/workshops/${workshop.id}`, { headers: { authorization: `Bearer ${workshop.tokens.organiser}` } })).status).toBe(401);
  });

  it('in English too', async () => {
    const workshop = await e2e.server.createWorkshop(TITLE, ['Groep Noord']);
    const { page } = await e2e.newPage({ locale: 'en-GB' });
    await page.goto(workshop.links.facilitator!);
    await page.evaluate(() => localStorage.setItem('werkbord:language', 'en'));
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Timer' }).waitFor();
    await page.getByText('Connected', { exact: true }).waitFor();
    const res = await fetch(`${e2e.server.url}/api/workshops/${workshop.id}`, {
      method: 'DELETE', headers: { authorization: `Bearer ${workshop.tokens.organiser}` },
    });
    expect(res.status).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'This workshop was deleted' }).waitFor({ timeout: 5000 });
  });
});
