import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../server/demo.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { useE2E } from './fixture.ts';
import { ConsolePage } from './pages/ConsolePage.ts';
import { OrganiserPage } from './pages/OrganiserPage.ts';

/*
 * Issue 10, "Confusing": new workshops get a neutral programme (not the demo conference's),
 * and the organiser sets it before the day, as the facilitator can in the console.
 */

const e2e = useE2E();

describe('the programme', () => {
  it('starts neutral, and the organiser sets it before the day; the console follows', async () => {
    const workshop = await e2e.server.createWorkshop('Programma-test', ['Groep A']);
    const organiser = new OrganiserPage((await e2e.newPage()).page);
    await organiser.goto(workshop.links.organiser!, 'Programma-test');
    const consolePage = new ConsolePage((await e2e.newPage()).page);
    await consolePage.goto(workshop.links.facilitator!);

    const programme = organiser.section('Programma');
    const titleOf = (n: number) => programme.getByLabel(`Titel van onderdeel ${n}`, { exact: true });
    await expect.poll(() => titleOf(1).inputValue()).toBe('Ontvangst');
    expect(await programme.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).join(' ')))
      .not.toMatch(/directeur|ombudsman|Woonoverlast/);
    // Before the day there is no "now" to move.
    expect(await programme.getByRole('button', { name: 'Volgend onderdeel' }).count()).toBe(0);

    await titleOf(2).fill('Welkom door de wethouder');
    await programme.getByLabel('Begintijd van Welkom door de wethouder').fill('13:35');
    await programme.getByRole('button', { name: 'Programma opslaan' }).click();
    await programme.getByText('Programma opgeslagen.').waitFor();

    await expect.poll(() => consolePage.page.getByLabel('Titel van onderdeel 2', { exact: true }).inputValue()).toBe('Welkom door de wethouder');
    await expect.poll(() => consolePage.page.getByLabel('Begintijd van Welkom door de wethouder').inputValue()).toBe('13:35');
    // Kept: a reload of the organiser page shows what was saved.
    await organiser.page.reload();
    await expect.poll(() => organiser.section('Programma').getByLabel('Titel van onderdeel 2', { exact: true }).inputValue()).toBe('Welkom door de wethouder');
  });

  it('the demo workshop keeps the conference programme', async () => {
    const demo = await createDemoWorkshop(e2e.server.storage, e2e.server.url);
    const screen = await connectControl(e2e.server.url, demo.id, demo.tokens.facilitator);
    try {
      const first = await screen.sessionWhere(() => true);
      expect(first.state.agenda.segments[1]?.title).toBe('Welkom door de directeur van het bureau');
    } finally {
      screen.close();
    }
  });
});
