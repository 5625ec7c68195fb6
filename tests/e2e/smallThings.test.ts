import { describe, expect, it } from 'vitest';
import { connectControl } from '../helpers/controlClient.ts';
import { fillActionPoints } from '../helpers/fillWorkshop.ts';
import { useE2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { OrganiserPage } from './pages/OrganiserPage.ts';
import { PlenaryPage } from './pages/PlenaryPage.ts';

/* Issue 10, "Smaller": line breaks on the beamer, the facilitator's name in a group, the date field's language. */

const e2e = useE2E();

describe('smaller things', () => {
  it('the beamer keeps the line breaks of an action point', async () => {
    const workshop = await e2e.server.createWorkshop('Regels', ['Groep Noord']);
    await fillActionPoints(e2e.server, workshop, [{
      actionPoints: [{ title: 'Meldpunt', body: 'Eerste regel\nTweede regel', parties: ['gemeente'], lead: 'gemeente', timeframe: 'direct' }],
    }]);
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    await facilitator.send('plenary:reveal', { groupIds: 'all' });
    facilitator.close();
    const plenary = new PlenaryPage((await e2e.newPage()).page);
    await plenary.goto(workshop.links.plenary);
    const body = plenary.tile('Groep Noord').locator('.tile__body').first();
    await body.waitFor();
    expect(await body.innerText()).toBe('Eerste regel\nTweede regel');
  });

  it('a facilitator without a name shows as "Begeleider" in the group, not "Anoniem"', async () => {
    const workshop = await e2e.server.createWorkshop('Namen', ['Groep Noord']);
    const groupId = workshop.groups[0]!.id;
    const participant = new BoardPage((await e2e.newPage()).page);
    await participant.goto(workshop.links.groups![groupId]!);
    const facilitator = new BoardPage((await e2e.newPage()).page);
    await facilitator.goto(`${e2e.server.url}/w/${workshop.id}/g/${groupId}#t=${workshop.tokens.facilitator}`);
    const names = participant.page.locator('.presence__person:not([data-self]) .presence__name');
    await expect.poll(() => names.allInnerTexts()).toEqual(['Begeleider']);
  });

  it('the date field follows the page language, not the browser\'s', async () => {
    const workshop = await e2e.server.createWorkshop('Datum', ['Groep Noord']);
    // A browser set to American English, a page in Dutch.
    const { page } = await e2e.newPage({ locale: 'en-US' });
    const organiser = new OrganiserPage(page);
    await organiser.goto(workshop.links.organiser!, 'Datum');
    const details = organiser.section('Gegevens van de workshop');
    const date = details.getByLabel('Datum', { exact: true });
    expect(await date.getAttribute('placeholder')).toBe('dd-mm-jjjj');
    await date.fill('12-3-2026');
    await details.getByTestId('date-hint').filter({ hasText: 'donderdag 12 maart 2026' }).waitFor();
    await details.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await details.getByText('De gegevens zijn opgeslagen.').waitFor();
    const stored = await (await fetch(`${e2e.server.url}/api/workshops/${workshop.id}/details`, {
      headers: { authorization: `Bearer ${workshop.tokens.organiser}` },
    })).json() as { date: string };
    expect(stored.date).toBe('2026-03-12');
    await page.reload();
    await organiser.goto(workshop.links.organiser!, 'Datum');
    await expect.poll(() => organiser.section('Gegevens van de workshop').getByLabel('Datum', { exact: true }).inputValue()).toBe('12-03-2026');
    // Not a date: said so, and nothing is sent.
    await organiser.section('Gegevens van de workshop').getByLabel('Datum', { exact: true }).fill('31-02-2026');
    await organiser.section('Gegevens van de workshop').getByRole('button', { name: 'Gegevens opslaan' }).click();
    await organiser.section('Gegevens van de workshop').getByText('Dit is geen datum', { exact: false }).waitFor();
  });
});
