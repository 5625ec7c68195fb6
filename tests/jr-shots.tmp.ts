import { startTestServer } from './helpers/testServer.ts';
import { launchBrowser } from './e2e/browser.ts';
import { BoardPage } from './e2e/pages/BoardPage.ts';
import { JoinPage } from './e2e/pages/JoinPage.ts';
const server = await startTestServer();
const browser = await launchBrowser();
try {
  const w = await server.createWorkshop('Wonen in de wijk: samen aan tafel', ['Groep Noord', 'Groep Zuid', 'Groep Oost']);
  for (const [width, height] of [[390, 844], [1366, 768]] as const) {
    const ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width, height } });
    const first = await ctx.newPage();
    const join = new JoinPage(first);
    await join.goto(w.links.join);
    await join.join('Groep Zuid', 'Anna');
    await new BoardPage(first).waitUntilLoaded();
    await first.close();
    const page = await ctx.newPage();
    await page.goto(w.links.join);
    await new BoardPage(page).waitUntilLoaded();
    await page.screenshot({ path: `/tmp/jr-board-${width}.png` });
    await page.getByRole('link', { name: 'Andere groep kiezen' }).focus();
    await page.screenshot({ path: `/tmp/jr-board-focus-${width}.png` });
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Kies je groep' }).waitFor();
    await page.screenshot({ path: `/tmp/jr-choose-${width}.png`, fullPage: true });
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
