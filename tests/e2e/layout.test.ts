import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { fillActionPoints, runPlenary } from '../helpers/fillWorkshop.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { startE2E, type E2E } from './fixture.ts';
import { SCREEN_SIZES, layoutProblems, spillProblems } from './layoutCheck.ts';

/*
 * Issue 10, "Looks": console, plenary and organiser page at phone, small laptop, laptop and
 * beamer size: no sideways scrolling, and no clipped text in the named elements. Screenshots
 * go to LAYOUT_SHOTS (default: a temporary folder) to be looked at.
 */

const SHOTS = process.env.LAYOUT_SHOTS ?? join(process.env.TMPDIR ?? '/tmp', 'werkbord-layout');
mkdirSync(SHOTS, { recursive: true });

let e2e: E2E;
let workshop: WorkshopCreated;
const GROUPS = ['Groep 1 – Burenruzie in de portiekflat', 'Groep 2 – Woningcorporaties', 'Groep 3 – Nieuwbouwwijk', 'Groep 4 – Dorpskern', 'Groep 5 – Buurtapp', 'Groep 6 – Galerijflat'];

beforeAll(async () => {
  e2e = await startE2E();
  workshop = await e2e.server.createWorkshop('Werkconferentie Aanpak discriminatie in de woonomgeving', GROUPS);
  const point = (n: number) => ({
    title: `Eén meldpunt voor woonoverlast in regio ${n}`,
    body: 'Bewoners melden op één plek; gemeente, corporatie en politie\nzien dezelfde melding.',
    parties: ['gemeente' as const, 'woningcorporatie' as const], lead: 'gemeente', timeframe: 'vóór de zomer',
  });
  await fillActionPoints(e2e.server, workshop, GROUPS.map((_, i) => ({ submit: true, actionPoints: [point(2 * i + 1), point(2 * i + 2)] })));
  const key = (g: number, s: number) => `${workshop.groups[g]!.id}:${s}`;
  await runPlenary(e2e.server, workshop, {
    votes: { [key(0, 0)]: 5, [key(1, 0)]: 1, [key(2, 1)]: 3 },
    decisions: [{ apKey: key(0, 0), status: 'amended', text: 'Eén meldpunt per regio, met één telefoonnummer' }, { apKey: key(1, 0), status: 'adopted' }],
  });
  const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
  await facilitator.send('plenary:reveal', { groupIds: 'all' });
  // Closing the ballot left its result on the beamer: the tiles first.
  await facilitator.send('plenary:result', { show: false });
  facilitator.close();
});
afterEach(async () => {
  await e2e.closeContexts();
});
afterAll(async () => {
  await e2e?.close();
});

async function pageAt(size: (typeof SCREEN_SIZES)[number], language: 'nl' | 'en' = 'nl'): Promise<Page> {
  const { context, page } = await e2e.newPage();
  // The language switch's choice, as if made before (client/src/i18n/language.ts).
  if (language === 'en') await context.addInitScript(() => localStorage.setItem('werkbord:language', 'en'));
  await page.setViewportSize({ width: size.width, height: size.height });
  return page;
}

async function check(page: Page, name: string, size: (typeof SCREEN_SIZES)[number], selectors: string[]): Promise<string[]> {
  await page.screenshot({ path: join(SHOTS, `${name}-${size.name}.png`), fullPage: true });
  const problems = (await layoutProblems(page, selectors)).map((p) => `${name} @ ${size.name}: ${p.kind} ${p.selector}: ${p.detail}`);
  if (problems.some((p) => p.includes('page-overflow'))) {
    // Name what sticks out, to explain the failure: the outermost elements past the right edge.
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && (el.parentElement?.getBoundingClientRect().right ?? 0) <= window.innerWidth + 1)
      .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className)} (${Math.round(el.getBoundingClientRect().right)})`));
    problems.push(`${name} @ ${size.name}: sticking out: ${wide.join(', ')}`);
  }
  return problems;
}

describe('layout at every screen size (issue 10)', () => {
  it('console: group cards and thumbnails fit, names are not cut', async () => {
    const problems: string[] = [];
    for (const size of SCREEN_SIZES) {
      const page = await pageAt(size);
      await page.goto(workshop.links.facilitator!);
      await page.getByText('Verbonden', { exact: true }).waitFor();
      await page.locator('.group-card svg.thumb, .group-card .thumb--empty').first().waitFor();
      problems.push(...await check(page, 'console', size, [
        '.console', '.group-card', '.group-card__name', '.group-card .thumb', '.console-section', '.console__title',
      ]));
      // No empty band between the title and the sections while there is no message: one gap of
      // the console's grid, not an empty status row with a gap on either side (issue 10, 1366×768).
      const band = await page.evaluate(() => {
        const top = document.querySelector('.console__top')!.getBoundingClientRect().bottom;
        const grid = document.querySelector('.console__grid')!.getBoundingClientRect().top;
        return { space: grid - top, gap: parseFloat(getComputedStyle(document.querySelector('.console')!).rowGap) };
      });
      if (band.space > band.gap + 1) problems.push(`console @ ${size.name}: ${Math.round(band.space)} px between the title and the sections (one gap is ${band.gap} px)`);
    }
    expect(problems).toEqual([]);
  });

  it('console: the silent-round section fits, in Dutch and in English', async () => {
    // Every state at once: a round running on one board, its writing time over on another, none on the rest.
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    const [running, ended] = [workshop.groups[0]!.id, workshop.groups[1]!.id];
    try {
      for (const [step, groupId] of [['start', running], ['start', ended], ['end', ended]] as const) {
        const reply = await facilitator.send('brainstorm:set', { step, groupId });
        expect(reply.ok).toBe(true);
      }
      const problems: string[] = [];
      for (const language of ['nl', 'en'] as const) {
        for (const size of SCREEN_SIZES) {
          const page = await pageAt(size, language);
          await page.goto(workshop.links.facilitator!);
          await page.locator('.console__connection:not(.console__connection--off)').waitFor();
          const section = page.locator('.brainstorm-section');
          await section.locator('.brainstorm-group[data-brainstorm="ended"]').waitFor();
          await section.scrollIntoViewIfNeeded();
          await section.screenshot({ path: join(SHOTS, `console-silent-round-${language}-${size.name}-section.png`) });
          const name = `console-silent-round-${language}`;
          problems.push(...await check(page, name, size, [
            '.brainstorm-section', '.brainstorm-section .console-section__title', '.brainstorm-section .button',
            '.brainstorm-group', '.brainstorm-group__name', '.brainstorm-group__state',
            // The round's badge on the group cards, beside the group's name.
            '.group-card', '.group-card__name', '.group-card .badge',
          ]));
          const spills = [
            ...await spillProblems(page, '.brainstorm-section', '.button, p, h3, .brainstorm-group'),
            ...await spillProblems(page, '.brainstorm-group', '.button, .brainstorm-group__name, .brainstorm-group__state'),
            ...await spillProblems(page, '.group-card', '.group-card__head > *'),
          ];
          problems.push(...spills.map((p) => `${name} @ ${size.name}: ${p.kind} ${p.selector}: ${p.detail}`));
          await expectNoSeriousViolations(page, `${name} at ${size.width}×${size.height}`);
          if (size.name !== 'phone') continue;
          // What a press answers shows at the foot of the window, inside it, wherever the section is.
          await section.locator(`[data-group-id="${workshop.groups[2]!.id}"]`).getByRole('button').click();
          const status = page.getByTestId('console-status');
          await status.filter({ hasText: language === 'nl' ? 'Stille ronde gestart bij' : 'Silent round started for' }).waitFor();
          problems.push(...(await layoutProblems(page, ['[data-testid="console-status"]'])).map((p) => `${name} status @ ${size.name}: ${p.kind}: ${p.detail}`));
          await expectNoSeriousViolations(page, `${name} with a status at ${size.width}×${size.height}`);
          await facilitator.send('brainstorm:set', { step: 'reveal', groupId: workshop.groups[2]!.id });
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await facilitator.send('brainstorm:set', { step: 'reveal' });
      facilitator.close();
    }
  }, 240_000); // eight page loads with axe on each: longer than one page's 60 s on a busy machine

  it('plenary: group names, decision badges and the ballot bars fit; the bars have one track width', async () => {
    const problems: string[] = [];
    for (const size of SCREEN_SIZES) {
      const page = await pageAt(size);
      await page.goto(workshop.links.plenary);
      await page.locator('.beamer__grid .tile__title').first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.qr--pending').length === 0);
      problems.push(...await check(page, 'plenary', size, ['.tile__name', '.decision-badge', '.beamer__title', '.tile']));
      // Nothing in a tile runs past its inner edge: no badge under the border, no line half cut.
      const spills = await page.locator('.beamer__grid .tile').evaluateAll((tiles) => tiles.flatMap((tile) => {
        const style = getComputedStyle(tile);
        const inner = tile.getBoundingClientRect().bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
        return [...tile.querySelectorAll('.decision-badge, .tile__title, .tile__body, .tile__original')]
          .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().bottom > inner + 1)
          .map((el) => `${tile.querySelector('.tile__name')?.textContent ?? ''}: .${el.className.split(' ')[0]} ends at ${Math.round(el.getBoundingClientRect().bottom)}, the tile at ${Math.round(inner)}`);
      }));
      problems.push(...spills.map((s) => `plenary @ ${size.name}: ${s}`));
    }
    // The ballot's result: every bar's track equally wide, one column of places.
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    await facilitator.send('plenary:result', { show: true });
    facilitator.close();
    for (const size of SCREEN_SIZES) {
      const page = await pageAt(size);
      await page.goto(workshop.links.plenary);
      await page.locator('.ranking--plenary .ranking__bar').first().waitFor();
      problems.push(...await check(page, 'plenary-result', size, ['.ranking__title', '.ranking__original', '.ranking__bar', '.ranking__votes']));
      // The amended point (most votes) is named by its amendment, as on its tile; the group's title struck through under it.
      const first = page.locator('.ranking--plenary .ranking__item').first();
      expect(await first.locator('.ranking__title').innerText()).toBe('Eén meldpunt per regio, met één telefoonnummer');
      expect(await first.locator('.ranking__original del').innerText()).toBe('Eén meldpunt voor woonoverlast in regio 1');
      if (size.name === 'beamer') await expectNoSeriousViolations(page, 'plenary result with an amended point');
      const widths = await page.locator('.ranking--plenary .ranking__bar').evaluateAll((bars) => bars.map((b) => Math.round(b.getBoundingClientRect().width)));
      if (new Set(widths).size !== 1) problems.push(`plenary-result @ ${size.name}: bar tracks differ: ${widths.join(', ')}`);
      // Columns hold equally many (5 + 5, 3 in one): never 5 + 1.
      const lefts = await page.locator('.ranking--plenary .ranking__item').evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().left)));
      const perColumn = [...new Set(lefts)].map((l) => lefts.filter((x) => x === l).length);
      if (Math.max(...perColumn) - Math.min(...perColumn) > 1) problems.push(`plenary-result @ ${size.name}: uneven columns: ${perColumn.join(' + ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('plenary: the tiles fit again when a message comes and when the window changes size', async () => {
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    try {
      await facilitator.send('plenary:result', { show: false });
      const [beamer, laptop] = [SCREEN_SIZES[3], SCREEN_SIZES[1]];
      const page = await pageAt(beamer);
      await page.goto(workshop.links.plenary);
      await page.locator('.beamer__grid .tile__title').first().waitFor();
      const fits = async () => (await layoutProblems(page, ['.tile__name', '.decision-badge', '.tile'])).length === 0;
      await facilitator.send('message:send', { text: 'Nog vijf minuten: rond af en kies wat je de zaal wilt laten zien. Daarna stemmen we over alle actiepunten.' });
      await page.locator('.beamer__message').waitFor();
      // The banner takes height from the grid: its resize makes the tiles fit again (a frame later).
      await expect.poll(fits).toBe(true);
      const problems = await check(page, 'plenary-message', beamer, ['.tile__name', '.decision-badge', '.tile']);
      await page.setViewportSize({ width: laptop.width, height: laptop.height });
      await expect.poll(fits).toBe(true);
      problems.push(...await check(page, 'plenary-message', laptop, ['.tile__name', '.decision-badge', '.tile']));
      expect(problems).toEqual([]);
    } finally {
      await facilitator.send('message:clear', {});
      facilitator.close();
    }
  });

  it('organiser page: sections, link cards and programme rows fit', async () => {
    const problems: string[] = [];
    for (const size of SCREEN_SIZES) {
      const page = await pageAt(size);
      await page.goto(workshop.links.organiser!);
      await page.getByRole('heading', { level: 2, name: 'Groepen en casussen' }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.qr--pending').length === 0);
      problems.push(...await check(page, 'organiser', size, ['.organiser-section', '.link-card', '.agenda-row', '.organiser h1']));
    }
    expect(problems).toEqual([]);
  });
});
