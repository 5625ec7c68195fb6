import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useE2E } from './fixture.ts';
import { OrganiserPage } from './pages/OrganiserPage.ts';

/*
 * The organiser page's "Links vervangen" (rotate a link, docs/api.md "Rotating links") and its
 * retention date (docs/api.md "Retention"), in Chromium against the real server.
 */

const e2e = useE2E();

async function open(link: string, title: string): Promise<OrganiserPage> {
  const { page } = await e2e.newPage();
  const organiser = new OrganiserPage(page);
  await organiser.goto(link, title);
  return organiser;
}

const status = async (id: string, token: string) =>
  (await fetch(`${e2e.server.url}/api/workshops/${id}`, { headers: { authorization: `Bearer ${token}` } })).status;

describe('organiser page: replacing links and the retention date', () => {
  it("replaces a group's link after a confirmation that says the old one stops working", async () => {
    const w = await e2e.server.createWorkshop('Links vervangen', ['Groep Oost', 'Groep West']);
    const oost = w.groups[0]!.id;
    const organiser = await open(w.links.organiser, 'Links vervangen');
    const row = organiser.page.getByTestId(`rotate-g:${oost}`);
    await row.getByRole('button', { name: /^Nieuwe link maken\W+Groep Oost$/ }).click();
    await row.getByText(/De huidige link van Groep Oost werkt daarna niet meer/).waitFor();
    const serious = (await new AxeBuilder({ page: organiser.page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    expect(serious).toEqual([]);
    // Escape cancels: nothing changed.
    await organiser.page.keyboard.press('Escape');
    expect(await status(w.id, w.tokens.participants[oost]!)).toBe(200);

    await row.getByRole('button', { name: /^Nieuwe link maken\W+Groep Oost$/ }).click();
    await row.getByRole('button', { name: 'Ja, nieuwe link maken' }).click();
    await row.getByText('Nieuwe link voor Groep Oost gemaakt. De oude werkt niet meer.').waitFor();
    const newLink = await row.getByLabel('Nieuwe link: Groep Oost').inputValue();
    expect(newLink).not.toBe(w.links.groups[oost]);
    expect(await status(w.id, w.tokens.participants[oost]!)).toBe(401);
    expect(await status(w.id, new URL(newLink).hash.slice('#t='.length))).toBe(200);
    expect(await status(w.id, w.tokens.participants[w.groups[1]!.id]!)).toBe(200);
    // The link list on the page shows the new link at once.
    const shown = await organiser.page.locator('.link-list').getByRole('textbox', { name: 'Link: Groep Oost' }).inputValue();
    expect(shown).toBe(newLink);
  });

  it('replacing its own link moves the page onto the new one', async () => {
    const w = await e2e.server.createWorkshop('Eigen link', ['Groep 1']);
    const organiser = await open(w.links.organiser, 'Eigen link');
    const row = organiser.page.getByTestId('rotate-organiser');
    await row.getByRole('button', { name: /^Nieuwe link maken\W+Organisator$/ }).click();
    await row.getByText(/Je eigen organisatorlink werkt daarna niet meer/).waitFor();
    await row.getByRole('button', { name: 'Ja, nieuwe link maken' }).click();
    const newLink = await row.getByLabel('Nieuwe link: Organisator').inputValue();
    expect(await status(w.id, w.tokens.organiser)).toBe(401);
    await row.getByRole('button', { name: 'Verder met de nieuwe link' }).click();
    // The organiser's link stays in the address bar (to bookmark): now the new one.
    await organiser.page.waitForURL((url) => url.hash === new URL(newLink).hash);
    await organiser.page.getByRole('heading', { level: 2, name: 'Groepen en casussen' }).waitFor();
    const shown = await organiser.page.locator('.link-list').getByRole('textbox', { name: 'Link: Organisator' }).inputValue();
    expect(shown).toBe(newLink);
  });

  it('says when the workshop will be deleted, and moves that date with the workshop date', async () => {
    const w = await e2e.server.createWorkshop('Bewaartermijn', ['Groep 1']);
    const organiser = await open(w.links.organiser, 'Bewaartermijn');
    const note = organiser.page.getByTestId('retention-note');
    await note.waitFor();
    const details = organiser.section('Gegevens van de workshop');
    await details.getByLabel('Datum').fill('2099-06-15');
    await details.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await details.getByText('De gegevens zijn opgeslagen.').waitFor();
    // 30 days after 15 June 2099 (the end of that day).
    await note.getByText('Dit werkbord wordt op 16 juli 2099 automatisch van de server verwijderd.', { exact: false }).waitFor();
    expect(Number(await note.getAttribute('data-delete-after'))).toBe(Date.UTC(2099, 5, 16) + 30 * 86_400_000);
  });
});

describe('the organiser page opened with the facilitator token (issue 10)', () => {
  it('shows only what a facilitator may do, as the server\'s permission table says', async () => {
    const w = await e2e.server.createWorkshop('Rechten', ['Groep A']);
    const { page } = await e2e.newPage();
    await page.goto(`${e2e.server.url}/w/${w.id}/organiser#t=${w.tokens.facilitator}`);
    await page.getByRole('heading', { level: 1, name: 'Rechten' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Groepen en casussen' }).waitFor();
    await page.getByText('Je hebt deze pagina geopend met de link van de rol Begeleider', { exact: false }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    // A facilitator may read the details, set the programme, edit cases, see the links and table cards, export boards…
    for (const h of ['Gegevens van de workshop', 'Programma', 'Groepen en casussen', 'Tafelkaarten', 'Borden exporteren']) {
      expect(headings, h).toContain(h);
    }
    // …but not change the details, export the action points, replace links or delete.
    for (const h of ['Links vervangen', 'Werkbord verwijderen', 'Actiepunten exporteren']) expect(headings, h).not.toContain(h);
    expect(await page.getByRole('button', { name: 'Gegevens opslaan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Werkbord verwijderen' }).count()).toBe(0);
    expect(await page.getByText('Zet hem nu in je bladwijzers', { exact: false }).count()).toBe(0);
    // The organiser's own page still has every control.
    const organiser = (await e2e.newPage()).page;
    await organiser.goto(w.links.organiser!);
    await organiser.getByRole('button', { name: 'Werkbord verwijderen' }).waitFor();
    await organiser.getByRole('button', { name: 'Gegevens opslaan' }).waitFor();
  });
});
