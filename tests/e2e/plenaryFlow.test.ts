import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { fillActionPoints } from '../helpers/fillWorkshop.ts';
import { useE2E } from './fixture.ts';
import { ConsolePage } from './pages/ConsolePage.ts';
import { PlenaryPage } from './pages/PlenaryPage.ts';
import { SessionBoard } from './pages/SessionBoard.ts';

/*
 * Issue 10, "Confusing": the plenary part of the day, console and beamer side by side in their
 * own browser contexts: decisions, the ballot, the lock button.
 */

const e2e = useE2E();

async function newPage(): Promise<Page> {
  const { page } = await e2e.newPage();
  page.on('pageerror', (err) => console.error(`page error on ${page.url()}: ${err.message}`));
  return page;
}

const ap = (title: string, body: string, submit = true) => ({
  submit,
  actionPoints: [
    { title, body, parties: ['gemeente' as const], lead: 'gemeente', timeframe: 'direct' },
    { title: `${title} (2)`, body: 'Tweede punt', parties: ['politie' as const], lead: 'politie', timeframe: 'later' },
  ],
});

async function workshopWithPoints(groups: { name: string; title: string; body: string; submit?: boolean }[]): Promise<WorkshopCreated> {
  const workshop = await e2e.server.createWorkshop('Plenaire ronde', groups.map((g) => g.name));
  await fillActionPoints(e2e.server, workshop, groups.map((g) => ap(g.title, g.body, g.submit ?? true)));
  return workshop;
}

describe('decisions', () => {
  it('none until one is made; an amendment needs its new text; the beamer shows it over the struck original', async () => {
    const workshop = await workshopWithPoints([{ name: 'Groep Noord', title: 'Eén meldpunt', body: 'Voor alle meldingen' }]);
    const apKey = `${workshop.groups[0]!.id}:0`;
    const consolePage = new ConsolePage(await newPage());
    await consolePage.goto(workshop.links.facilitator!);
    const plenary = new PlenaryPage(await newPage());
    await plenary.goto(workshop.links.plenary);
    await consolePage.revealAll();

    const form = consolePage.decision(apKey);
    await form.waitFor();
    expect(await form.getByTestId('decision-current').innerText()).toBe('Nog geen besluit.');
    // Nothing is chosen beforehand, so nothing can be recorded by accident.
    for (const name of ['Aangenomen', 'Aangenomen met wijziging', 'Geparkeerd']) {
      expect(await form.getByRole('radio', { name, exact: true }).isChecked(), name).toBe(false);
    }
    const record = form.getByRole('button', { name: /^Besluit vastleggen/ });
    expect(await record.isDisabled()).toBe(true);
    await plenary.tile('Groep Noord').locator('.tile__title', { hasText: 'Eén meldpunt' }).first().waitFor();
    expect(await plenary.tile('Groep Noord').locator('.decision-badge').count()).toBe(0);

    // "Amended" with the text left as it was, or emptied, cannot be recorded.
    await form.getByRole('radio', { name: 'Aangenomen met wijziging', exact: true }).check();
    expect(await record.isDisabled()).toBe(true);
    await form.getByLabel('Nieuwe tekst').fill('   ');
    expect(await record.isDisabled()).toBe(true);
    await consolePage.recordDecision(apKey, 'Aangenomen met wijziging', 'Eén meldpunt per regio,\nmet één telefoonnummer');

    const point = plenary.tile('Groep Noord').locator(`[data-ap-key="${apKey}"]`);
    await point.getByTestId('amended-text').filter({ hasText: 'Eén meldpunt per regio' }).waitFor();
    expect(await point.getByTestId('amended-text').innerText()).toBe('Eén meldpunt per regio,\nmet één telefoonnummer');
    expect(await point.locator('del').innerText()).toBe('Eén meldpunt — Voor alle meldingen');
    const sizes = await point.evaluate((el) => ({
      amended: parseFloat(getComputedStyle(el.querySelector('.tile__amended')!).fontSize),
      original: parseFloat(getComputedStyle(el.querySelector('.tile__original')!).fontSize),
      struck: getComputedStyle(el.querySelector('del')!).textDecorationLine,
    }));
    expect(sizes.original).toBeLessThan(sizes.amended);
    expect(sizes.struck).toContain('line-through');
    await point.locator('.decision-badge', { hasText: 'Aangenomen met wijziging' }).waitFor();
  });
});

describe('the ballot', () => {
  it('lists submitted action points only, says which groups are not final, and keeps the result on the beamer after closing', async () => {
    const workshop = await workshopWithPoints([
      { name: 'Groep Noord', title: 'Ingediend punt', body: 'Klaar' },
      { name: 'Groep Zuid', title: 'Nog aan het schrijven', body: 'Half', submit: false },
    ]);
    const consolePage = new ConsolePage(await newPage());
    await consolePage.goto(workshop.links.facilitator!);
    const plenary = new PlenaryPage(await newPage());
    await plenary.goto(workshop.links.plenary);
    const participant = new SessionBoard(await newPage());
    await participant.goto(workshop.links.groups![workshop.groups[1]!.id]!);
    const noord0 = `${workshop.groups[0]!.id}:0`;

    await consolePage.page.getByTestId('ballot-final').filter({ hasText: 'Niet op de stemlijst, want nog niet ingediend: Groep Zuid.' }).waitFor();
    await consolePage.openBallot(2);
    // The beamer and the voter list hold Noord's points only.
    await expect.poll(() => plenary.ranking()).toEqual(['Ingediend punt: 0', 'Ingediend punt (2): 0']);
    await participant.ballotItem(noord0).waitFor();
    expect(await participant.ballot.locator('.ballot-item').count()).toBe(2);
    expect(await participant.ballot.getByText('Nog aan het schrijven').count()).toBe(0);

    // A vote, then closing: the result stays on the beamer, titled as the result.
    await participant.vote(noord0, 1);
    await expect.poll(() => plenary.ranking()).toEqual(['Ingediend punt: 1', 'Ingediend punt (2): 0']);
    await consolePage.closeBallot();
    await plenary.page.getByRole('heading', { level: 2, name: /^Uitslag van de stemronde/ }).waitFor();
    expect(await plenary.ranking()).toEqual(['Ingediend punt: 1', 'Ingediend punt (2): 0']);
    // The facilitator takes it off with a toggle that shows its state.
    const toggle = consolePage.button('Uitslag op het plenaire scherm');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await plenary.page.locator('.beamer__grid').waitFor();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('opening the action-point step offers to show the groups on the beamer', async () => {
    const workshop = await e2e.server.createWorkshop('Stap', ['Groep Noord']);
    const consolePage = new ConsolePage(await newPage());
    await consolePage.goto(workshop.links.facilitator!);
    const plenary = new PlenaryPage(await newPage());
    await plenary.goto(workshop.links.plenary);
    await plenary.page.getByText('Nog niet getoond').waitFor();
    expect(await consolePage.page.getByTestId('offer-reveal').count()).toBe(0);
    await consolePage.openActionStep();
    const offer = consolePage.page.getByTestId('offer-reveal');
    await offer.getByText('Het plenaire scherm toont de groepen nog niet.', { exact: false }).waitFor();
    await offer.getByRole('button', { name: 'Alle groepen op het plenaire scherm tonen' }).click();
    await plenary.page.getByText('Nog leeg').first().waitFor();
    await offer.waitFor({ state: 'detached' });
  });
});

describe('the lock button of a group', () => {
  it('says what it will do and shows the state with aria-pressed', async () => {
    const workshop = await e2e.server.createWorkshop('Slot', ['Groep Noord', 'Groep Zuid']);
    const consolePage = new ConsolePage(await newPage());
    await consolePage.goto(workshop.links.facilitator!);
    const card = consolePage.groupCard('Groep Noord');
    const toggle = card.getByTestId('lock-toggle');
    // The visible words (the group's name follows for screen readers only).
    const words = async () => (await toggle.evaluate((el) => el.firstChild?.textContent ?? '')).trim();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await words()).toBe('Op slot zetten');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await words()).toBe('Van het slot halen');
    await card.getByText('Op slot', { exact: true }).waitFor();
    expect(await consolePage.groupCard('Groep Zuid').getByTestId('lock-toggle').getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await words()).toBe('Op slot zetten');
  });
});
