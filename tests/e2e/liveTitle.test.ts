import { describe, expect, it } from 'vitest';
import { useE2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { ConsolePage } from './pages/ConsolePage.ts';
import { JoinPage } from './pages/JoinPage.ts';
import { OrganiserPage } from './pages/OrganiserPage.ts';
import { PlenaryPage } from './pages/PlenaryPage.ts';

/* Issue 10, "Confusing": one title everywhere, live, when the organiser changes it. */

const e2e = useE2E();

describe('changing the title', () => {
  it('reaches the join page, the board, the console, the plenary and the exports at once', async () => {
    const OLD = 'Werkconferentie oud';
    const NEW = 'Werkconferentie Woonoverlast – nieuw';
    const workshop = await e2e.server.createWorkshop(OLD, ['Groep Noord']);
    const join = new JoinPage((await e2e.newPage()).page);
    await join.goto(workshop.links.join);
    const board = new BoardPage((await e2e.newPage()).page);
    await board.goto(workshop.links.groups![workshop.groups[0]!.id]!);
    const consolePage = new ConsolePage((await e2e.newPage()).page);
    await consolePage.goto(workshop.links.facilitator!);
    const plenary = new PlenaryPage((await e2e.newPage()).page);
    await plenary.goto(workshop.links.plenary);
    const organiser = new OrganiserPage((await e2e.newPage()).page);
    await organiser.goto(workshop.links.organiser!, OLD);
    for (const p of [join.page, consolePage.page, plenary.page]) {
      await p.getByRole('heading', { level: 1, name: OLD }).waitFor();
    }
    await board.page.locator('.board-header__workshop', { hasText: OLD }).waitFor();

    const details = organiser.section('Gegevens van de workshop');
    await details.getByLabel('Titel', { exact: true }).fill(NEW);
    await details.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await details.getByText('De gegevens zijn opgeslagen.').waitFor();
    await organiser.page.getByRole('heading', { level: 1, name: NEW }).waitFor();

    // No reload anywhere: each open page shows the new title by itself.
    for (const [what, p] of [['join', join.page], ['console', consolePage.page], ['plenary', plenary.page]] as const) {
      await p.getByRole('heading', { level: 1, name: NEW }).waitFor({ timeout: 5000 });
      expect(await p.locator('body').innerText(), what).not.toContain(OLD);
      await expect.poll(() => p.title(), { message: what }).toContain(NEW);
    }
    await board.page.locator('.board-header__workshop', { hasText: NEW }).waitFor({ timeout: 5000 });

    // A page opened afterwards, and the exports, have it too.
    const later = new JoinPage((await e2e.newPage()).page);
    await later.goto(workshop.links.join);
    await later.page.getByRole('heading', { level: 1, name: NEW }).waitFor();
    const res = await fetch(`${e2e.server.url}/api/workshops/${workshop.id}/export?format=md`, {
      headers: { authorization: `Bearer ${workshop.tokens.organiser}` },
    });
    expect(await res.text()).toContain(`# Actiepunten: ${NEW}`);
  });
});
