import { describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/testServer.ts';
import { useE2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { HomePage } from './pages/HomePage.ts';

const e2e = useE2E();

describe('home page', () => {
  it('creates a workshop and shows every link with a QR code and a working copy button', async () => {
    const { page } = await e2e.newPage();
    const home = new HomePage(page);
    await home.goto(e2e.server.url);
    await home.create('Werkconferentie wonen', ['Gemeenten', 'Corporaties']);
    await home.createdHeading.waitFor();
    await page.getByRole('heading', { level: 1, name: 'Werkconferentie wonen' }).waitFor();

    // The browser is on the organiser page, its link (token in the fragment) in the address
    // bar, and the page says to bookmark it.
    const origin = e2e.server.url;
    const id = /\/w\/([^/]+)\/organiser#t=/.exec(await home.linkValue('Organisator'))?.[1];
    expect(id).toBeTruthy();
    expect(page.url()).toBe(await home.linkValue('Organisator'));
    await page.getByText('Zet hem nu in je bladwijzers', { exact: false }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Workshop aangemaakt');
    expect(await home.linkValue('Organisator')).toMatch(new RegExp(`^${origin}/w/${id}/organiser#t=[\\w-]{20,}$`));
    expect(await home.linkValue('Begeleider')).toMatch(new RegExp(`^${origin}/w/${id}/facilitator#t=[\\w-]{20,}$`));
    expect(await home.linkValue('Plenair scherm')).toMatch(new RegExp(`^${origin}/w/${id}/plenary#t=[\\w-]{20,}$`));
    expect(await home.linkValue('Meedoen (deelnemers)')).toMatch(new RegExp(`^${origin}/w/${id}/join#t=[\\w-]{20,}$`));
    expect(await home.linkValue('Gemeenten')).toMatch(new RegExp(`^${origin}/w/${id}/g/[\\w-]+#t=[\\w-]{20,}$`));
    expect(await home.linkValue('Corporaties')).toMatch(new RegExp(`^${origin}/w/${id}/g/[\\w-]+#t=[\\w-]{20,}$`));

    // Four role links and two groups, each with a drawn QR code (a data: PNG that decoded).
    await expect.poll(() => home.qrImages.count()).toBe(6);
    const images = await home.qrImages.evaluateAll((imgs) =>
      imgs.map((img) => ({ src: (img as HTMLImageElement).src.slice(0, 22), width: (img as HTMLImageElement).naturalWidth })));
    for (const img of images) {
      expect(img.src).toBe('data:image/png;base64,');
      expect(img.width).toBeGreaterThan(100);
    }

    await home.copyButton('Meedoen (deelnemers)').click();
    await page.getByText('Gekopieerd naar het klembord.').waitFor();

    // A reload keeps the page, and so does opening the bookmarked address in a new browser.
    const organiserLink = page.url();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Werkconferentie wonen' }).waitFor();
    expect(page.url()).toBe(organiserLink);
    const other = (await e2e.newPage()).page;
    await other.goto(organiserLink);
    await other.getByRole('heading', { level: 1, name: 'Werkconferentie wonen' }).waitFor();
    await other.getByText('Zet hem nu in je bladwijzers', { exact: false }).waitFor();
    expect(await other.getByRole('heading', { name: 'Workshop aangemaakt' }).count()).toBe(0);
  });

  it('copies without navigator.clipboard too (plain-http LAN pages have none)', async () => {
    const { context, page } = await e2e.newPage();
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    const workshop = await e2e.server.createWorkshop('Klembord', ['Groep 1']);
    await page.goto(workshop.links.organiser);
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await new HomePage(page).copyButton('Plenair scherm').click();
    await page.getByText('Gekopieerd naar het klembord.').waitFor();
  });

  it('explains what is wrong with the form before sending it', async () => {
    const { page } = await e2e.newPage();
    const home = new HomePage(page);
    await home.goto(e2e.server.url);
    let posted = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST') posted++;
    });
    await home.setGroups(['Noord', 'noord']);
    await home.submit();
    await page.getByText('Vul een titel in.').waitFor();
    expect(await home.titleInput.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('workshop-title');
    await page.getByText('Deze naam komt al voor.', { exact: false }).waitFor();
    expect(posted).toBe(0);
  });

  it('asks for the admin token when the server needs one', async () => {
    const guarded = await startTestServer({ ADMIN_TOKEN: 'geheim-beheer' });
    try {
      const { page } = await e2e.newPage();
      const home = new HomePage(page);
      await home.goto(guarded.url);
      await home.create('Met beheerder', ['Eén']);
      const field = page.getByLabel('Beheerderssleutel');
      await field.waitFor();
      await field.fill('fout');
      await home.submit();
      await page.getByText('Deze beheerderssleutel klopt niet.', { exact: false }).waitFor();
      await field.fill('geheim-beheer');
      await home.submit();
      await home.createdHeading.waitFor();
    } finally {
      await guarded.close();
    }
  });
});

describe('where the links point (issue 10)', () => {
  it('warns on the home and organiser pages when the links work on this computer only', async () => {
    // The e2e server listens on 127.0.0.1: no laptop in the room could open its links.
    const { page } = await e2e.newPage();
    const home = new HomePage(page);
    await home.goto(e2e.server.url);
    await page.getByTestId('link-warning').getByText('De links wijzen naar deze computer').waitFor();
    await home.create('Lokaal', ['Eén']);
    await home.createdHeading.waitFor();
    await page.getByTestId('link-warning').waitFor();
  });

  it('says nothing when the server listens on the network (the links then carry its LAN address)', async () => {
    const open = await startTestServer({ HOST: '0.0.0.0' });
    try {
      const base = await (await fetch(`${open.url}/api/link-base`)).json() as { localOnly: boolean; base: string };
      const { page } = await e2e.newPage();
      const home = new HomePage(page);
      await home.goto(open.url);
      await home.create('In het netwerk', ['Eén']);
      await home.createdHeading.waitFor();
      await page.getByRole('heading', { level: 2, name: 'Groepen en casussen' }).waitFor();
      expect(await page.getByTestId('link-warning').count()).toBe(base.localOnly ? 1 : 0);
      if (!base.localOnly) expect(await home.linkValue('Meedoen (deelnemers)')).toMatch(new RegExp(`^${base.base}/w/`));
    } finally {
      await open.close();
    }
  });
});

describe('board links that do not work', () => {
  it('shows a clear error without a token, with a wrong token, and with another group\'s token', async () => {
    const workshop = await e2e.server.createWorkshop('Foute links', ['Groep A', 'Groep B']);
    const [a, b] = workshop.groups;
    const boardUrl = `${e2e.server.url}/w/${workshop.id}/g/${a!.id}`;
    const { page } = await e2e.newPage();
    const board = new BoardPage(page);

    await page.goto(boardUrl);
    await board.errorAlert.getByRole('heading', { name: 'Deze link is ongeldig of verlopen' }).waitFor();
    expect(await board.addButton.count()).toBe(0);

    await page.goto(`${boardUrl}#t=dit-is-geen-geldige-sleutel`);
    await page.reload(); // a new fragment on the same path does not load the page by itself
    await board.errorAlert.getByRole('heading', { name: 'Deze link is ongeldig of verlopen' }).waitFor();

    // A real token of group B opens the info but the board socket is refused (4403).
    await page.goto(`${boardUrl}#t=${workshop.tokens.participants[b!.id]}`);
    await page.reload();
    await board.errorAlert.getByRole('heading', { name: 'Geen toegang tot dit bord' }).waitFor();
    expect(await board.addButton.count()).toBe(0);
  });
});
