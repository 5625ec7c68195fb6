import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  actionPointsOf, readActionPoints, setActionText, setLead, setParty, setTimeframe, submitActionPoints,
} from '../../shared/board/actionPoints.ts';
import { addNote } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { applyTemplate } from '../../shared/board/templates.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { DEMO_AGENDA } from '../../server/demo.ts';
import { connectBoard, waitForDoc } from '../helpers/yjsClient.ts';
import { useE2E } from './fixture.ts';
import { SCREEN_SIZES, layoutProblems } from './layoutCheck.ts';
import { BoardPage } from './pages/BoardPage.ts';

/*
 * Issue 10, "Looks", the participant's board page and the organiser's table cards and
 * programme: at phone, small laptop, laptop and beamer size no sideways scrolling, no clipped
 * text in the header, save status, list toggle, toolbar (redo included) and action-point
 * panel, and the panel covers neither the toolbar nor the online list. Screenshots go to
 * LAYOUT_SHOTS (default: a temporary folder) to be looked at.
 */

const SHOTS = process.env.LAYOUT_SHOTS ?? join(process.env.TMPDIR ?? '/tmp', 'werkbord-board-layout');
mkdirSync(SHOTS, { recursive: true });

const e2e = useE2E();
type Size = { name: string; width: number; height: number };
/** The four screens of issue 10, and a tablet upright (between the phone and the laptop layouts). */
const BOARD_SIZES: Size[] = [...SCREEN_SIZES, { name: 'tablet', width: 820, height: 1180 }];
const local: ChangeOrigin = { kind: 'local' };
const CASE = 'Een bewoner van een portiekflat wordt al maanden door buren uitgescholden. De woningcorporatie '
  + 'en de wijkagent kennen de klacht, maar niemand pakt hem op.';
const TITLE = 'Eén meldpunt voor woonoverlast in de hele regio, met één telefoonnummer';
const GROUP = 'Groep 1 – Burenruzie in de portiekflat';
const NOTES = ['Eén meldpunt voor de hele wijk', 'Buurtbemiddeling eerder inzetten', 'Wijkagent spreekuur in de flat', 'Bewoners zelf laten kiezen'];

let workshop: WorkshopCreated;
let link: string;

beforeAll(async () => {
  workshop = await e2e.server.createWorkshop('Werkconferentie Aanpak discriminatie in de woonomgeving', [GROUP]);
  const made = { groupId: workshop.groups[0]!.id };
  link = workshop.links.groups[made.groupId]!;
  const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
  // Mid-workshop: the programme at the workshops, a timer running, a message and the action step open.
  const steps: [string, unknown][] = [
    ['agenda:set', { segments: DEMO_AGENDA.map((s) => ({ ...s })) }],
    ['agenda:now', { segmentId: 'workshops' }],
    ['timer:start', { durationMs: 45 * 60_000 }],
    ['message:send', { text: 'Nog tien minuten: kies samen jullie twee actiepunten en vul ze in.' }],
    ['actionStep:set', { open: true }],
  ];
  for (const [event, payload] of steps) {
    const reply = await facilitator.send(event, payload);
    if (!reply.ok) throw new Error(`${event} refused: ${JSON.stringify(reply)}`);
  }
  facilitator.close();
  // Notes in the sections and the first action point half filled, as a group has it mid-way.
  // The facilitator's token: the case card and the sections are theirs to place.
  const board = connectBoard(e2e.server.wsUrl, workshop.id, made.groupId, workshop.tokens.facilitator);
  try {
    await board.synced;
    applyTemplate(board.doc, 'workshop', { caseText: CASE }, local);
    await waitForDoc(board.doc, (d) => actionPointsOf(d).has('0') && actionPointsOf(d).has('1'));
    const sections = readBoard(board.doc).sections;
    NOTES.forEach((text, i) => {
      const s = sections[i % sections.length]!;
      addNote(board.doc, { x: s.x + 24, y: s.y + 90 + Math.floor(i / sections.length) * 200, text }, local);
    });
    setActionText(board.doc, 0, 'title', TITLE, local);
    setParty(board.doc, 0, 'gemeente', true, local);
    const check = connectBoard(e2e.server.wsUrl, workshop.id, made.groupId, workshop.tokens.facilitator);
    await waitForDoc(check.doc, (d) => readBoard(d).notes.length === NOTES.length && readBoard(d).caseCard !== null && readActionPoints(d).slots[0].title !== '');
    check.destroy();
  } finally {
    board.destroy();
  }
});

async function pageAt(size: Size): Promise<Page> {
  const { page } = await e2e.newPage();
  await page.setViewportSize({ width: size.width, height: size.height });
  return page;
}

async function shoot(page: Page, name: string, size: Size): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}-${size.name}.png`) });
}

/** Where each named element is (its first match), or null when it is not rendered. */
async function boxes(page: Page, selectors: string[]): Promise<Record<string, { left: number; top: number; right: number; bottom: number } | null>> {
  return page.evaluate((names) => Object.fromEntries(names.map((name) => {
    const el = document.querySelector(name);
    const r = el?.getBoundingClientRect();
    return [name, r && r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null];
  })), selectors);
}

/** Pairs among `selectors` whose boxes overlap (by more than a pixel), e.g. "a × b". */
async function overlaps(page: Page, selectors: string[], against: string[] = selectors): Promise<string[]> {
  const at = await boxes(page, [...new Set([...selectors, ...against])]);
  const found: string[] = [];
  for (const a of selectors) {
    for (const b of against) {
      const p = at[a];
      const q = at[b];
      if (a >= b && against === selectors) continue;
      if (!p || !q || a === b) continue;
      const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (x > 1 && y > 1) found.push(`${a} × ${b}`);
    }
  }
  return found;
}

const HEADER = ['.board-header__titles', '.view-toggle', '.connection', '.language-switch'];
const NAMED = [
  '.board-header__group', '.board-header__workshop', '.connection', '.connection__text', '.view-toggle', '.view-toggle__button',
  '.language-switch', '.canvas-toolbar', '.canvas-toolbar button', '.undo-buttons button', '.session-bar__toggle',
  '.session-bar__segment', '.timer', '.session-bar__message',
  '.presence__name', '.session-drawer', '.ap-summary', '.ap-summary__slot', '.ap-panel__submit button',
];

/** axe's serious and critical findings on the page as it is now, one line each. */
async function axeFindings(page: Page, what: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: [${v.impact}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function problemsAt(page: Page, size: Size, what: string): Promise<string[]> {
  const found = (await layoutProblems(page, NAMED)).map((p) => `${what} @ ${size.name}: ${p.kind} ${p.detail}`);
  for (const pair of await overlaps(page, HEADER)) found.push(`${what} @ ${size.name}: header items overlap: ${pair}`);
  return found;
}

describe('board page layout at every screen size (issue 10)', () => {
  it('header, save status, list toggle, toolbar and a compact action-point panel fit; the panel covers neither the toolbar nor the online list', async () => {
    const problems: string[] = [];
    for (const size of BOARD_SIZES) {
      const page = await pageAt(size);
      await new BoardPage(page).goto(link);
      const panel = page.locator('.session-drawer');
      await page.locator('.ap-summary__list').first().waitFor();
      await shoot(page, 'board', size);
      problems.push(...await problemsAt(page, size, 'board with panel'));
      // The panel's one-line fields wrap a long title rather than cutting it.
      const cut = await page.locator('.ap-slot .input').evaluateAll((fields) => (fields as HTMLInputElement[])
        .filter((f) => f.value && (f.scrollWidth > f.clientWidth + 1 || f.scrollHeight > f.clientHeight + 1))
        .map((f) => `${f.id} “${f.value}” (${f.scrollWidth}×${f.scrollHeight} in ${f.clientWidth}×${f.clientHeight})`));
      problems.push(...cut.map((c) => `board @ ${size.name}: field cut ${c}`));
      // Nothing in the panel reaches past its edge (a long party name beside its checkbox, say).
      const past = await page.locator('.session-drawer').evaluate((drawer) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(drawer, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
          const box = node.parentElement?.closest('.ap-slot');
          const edge = box ? box.getBoundingClientRect().right : drawer.getBoundingClientRect().left + drawer.clientWidth;
          range.selectNodeContents(node);
          const r = range.getBoundingClientRect();
          if (r.width > 0 && r.right > edge + 1) found.push(`“${node.textContent.trim().slice(0, 30)}” to ${Math.round(r.right)} of ${Math.round(edge)}`);
        }
        return found;
      });
      problems.push(...past.map((p) => `board @ ${size.name}: past the panel's edge: ${p}`));
      if (size.name === 'phone' || size.name === 'laptop-small') problems.push(...await axeFindings(page, `board with panel @ ${size.name}`));
      // "Nog nodig" is a summary, not half of the panel.
      const at = await boxes(page, ['.session-drawer', '.ap-summary']);
      const summaryShare = (at['.ap-summary']!.bottom - at['.ap-summary']!.top) / (at['.session-drawer']!.bottom - at['.session-drawer']!.top);
      if (summaryShare > 0.25) problems.push(`board @ ${size.name}: "nog nodig" takes ${Math.round(summaryShare * 100)} % of the panel`);
      if (size.width > 760) {
        for (const pair of await overlaps(page, ['.session-drawer'], ['.canvas-toolbar', '.undo-buttons', '.board-layout__side', '.canvas-zoom'])) {
          problems.push(`board @ ${size.name}: the panel covers ${pair}`);
        }
      } else {
        // A phone: the panel is a tab over the board, the whole width; hiding it shows the board.
        const box = at['.session-drawer']!;
        if (box.left > 1 || box.right < size.width - 1) problems.push(`board @ ${size.name}: the panel is not full width (${Math.round(box.left)}…${Math.round(box.right)})`);
        // Nothing under the tab takes the keyboard focus.
        if (await page.getByRole('button', { name: /Notitie toevoegen/ }).isVisible()) problems.push(`board @ ${size.name}: the toolbar under the panel is still visible to the keyboard`);
        await page.getByRole('button', { name: 'Verbergen' }).click();
        await panel.waitFor({ state: 'detached' });
        await shoot(page, 'board-hidden', size);
        problems.push(...await problemsAt(page, size, 'board without panel'));
        for (const pair of await overlaps(page, ['.canvas-toolbar', '.board-layout__side', '.canvas-zoom', '.session-bar'])) {
          problems.push(`board @ ${size.name}: ${pair} overlap`);
        }
      }
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('the list view and the English page fit as well', async () => {
    const problems: string[] = [];
    for (const size of [SCREEN_SIZES[0], SCREEN_SIZES[1]]) {
      for (const locale of ['nl-NL', 'en-GB']) {
        const { page } = await e2e.newPage({ locale });
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(link);
        if (locale === 'en-GB') await page.locator('.language-switch__option[lang="en"]').click();
        await page.locator('.ap-summary__list').first().waitFor();
        const hide = page.locator('.session-drawer__close');
        await hide.click();
        await page.locator('.view-toggle__button').nth(1).click();
        await page.locator('.outline').waitFor();
        await shoot(page, `list-${locale}`, size);
        problems.push(...await problemsAt(page, size, `list view (${locale})`));
        problems.push(...(await layoutProblems(page, ['.outline', '.outline__toolbar'])).map((p) => `list view (${locale}) @ ${size.name}: ${p.kind} ${p.detail}`));
        await page.context().close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('each word of "nog nodig" names what is missing and leads to its field by keyboard', async () => {
    const page = await pageAt(SCREEN_SIZES[1]);
    await new BoardPage(page).goto(link);
    const lead = page.locator('.ap-summary__slot').first().getByRole('link', { name: 'Actiepunt 1: Kies een trekker.' });
    expect(await lead.locator('[aria-hidden="true"]').innerText()).toBe('trekker');
    await lead.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ap-0-lead');
    // The second action point is empty: every field of it is named, in the order of the form.
    expect(await page.locator('.ap-summary__slot').nth(1).locator('li [aria-hidden="true"]').allInnerTexts())
      .toEqual(['titel', 'waarom en hoe', 'betrokken partij', 'trekker', 'termijn']);
  });

  it('the panel is hidden and shown again by keyboard, and stays so after a reload', async () => {
    const page = await pageAt(SCREEN_SIZES[1]);
    await new BoardPage(page).goto(link);
    const panel = page.locator('.session-drawer');
    const toggle = page.locator('.session-bar__toggle');
    await panel.waitFor();
    await page.getByRole('button', { name: 'Verbergen' }).focus();
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'detached' });
    // Focus goes back to the toggle, which says the panel is closed.
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await page.reload();
    await new BoardPage(page).waitUntilLoaded();
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.count()).toBe(0);

    await toggle.focus();
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await page.reload();
    await new BoardPage(page).waitUntilLoaded();
    await panel.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  });
});

/** Ballot items: long group names, titles and a "why and how" over several lines, as groups write them. */
const BALLOT_GROUPS = ['Groep 1 – Burenruzie in de portiekflat', 'Groep 2 – Huurdersverenigingen en bewonerscommissies'];
const BALLOT_POINTS = [
  ['Eén meldpunt voor woonoverlast in de hele regio, met één telefoonnummer', 'Bewoners weten nu niet waar ze heen moeten: bij de corporatie, de gemeente of de wijkagent.\nGemeente en corporaties richten samen één loket in, met één telefoonnummer en één formulier, en spreken af wie binnen twee werkdagen terugbelt. Het loket houdt bij welke meldingen terugkomen, zodat een patroon eerder opvalt.'],
  ['Buurtbemiddeling eerder inzetten', 'Voordat een ruzie escaleert.'],
  ['Woningcorporatiemedewerkers en wijkagenten samen scholen in het herkennen van discriminatie', 'Een gezamenlijke training per kwartaal, met casussen uit de eigen wijk; de huurdersvereniging levert de casussen aan en evalueert na een jaar of het aantal doorverwijzingen is gestegen. Zo leren de professionals elkaar kennen en weten ze wie ze moeten bellen als het misgaat in een portiek.'],
  ['Bewonerscommissies betrekken', 'Elk halfjaar een gesprek met alle bewonerscommissies van de wijk over wat er speelt.'],
] as const;

describe('the ballot in the board\'s drawer at every screen size (issue 10)', () => {
  it('fits without sideways scrolling or cut text; every "why and how" opens whole with "Meer"', async () => {
    const voting = await e2e.server.createWorkshop('Werkconferentie Aanpak discriminatie in de woonomgeving', BALLOT_GROUPS);
    const facilitator = await connectControl(e2e.server.url, voting.id, voting.tokens.facilitator);
    try {
      const step = await facilitator.send('actionStep:set', { open: true });
      if (!step.ok) throw new Error(`actionStep:set refused: ${JSON.stringify(step)}`);
      for (const [g, group] of voting.groups.entries()) {
        const board = connectBoard(e2e.server.wsUrl, voting.id, group.id, voting.tokens.participants[group.id]!);
        try {
          await waitForDoc(board.doc, (d) => actionPointsOf(d).has('0') && actionPointsOf(d).has('1'));
          for (const slot of [0, 1] as const) {
            const [title, body] = BALLOT_POINTS[2 * g + slot]!;
            setActionText(board.doc, slot, 'title', title, local);
            setActionText(board.doc, slot, 'body', body, local);
            for (const party of ['gemeente', 'woningcorporatie', 'politie'] as const) setParty(board.doc, slot, party, true, local);
            setLead(board.doc, slot, 'woningcorporatie', local);
            setTimeframe(board.doc, slot, 'voor de zomer', local);
          }
          expect(submitActionPoints(board.doc, local)).toEqual({ ok: true });
          const check = connectBoard(e2e.server.wsUrl, voting.id, group.id, voting.tokens.facilitator);
          await waitForDoc(check.doc, (d) => readActionPoints(d).submitted);
          check.destroy();
        } finally {
          board.destroy();
        }
      }
      const ballot = await facilitator.send('ballot:set', { open: true, votesPerPerson: 3 });
      if (!ballot.ok) throw new Error(`ballot:set refused: ${JSON.stringify(ballot)}`);
    } finally {
      facilitator.close();
    }
    const groupLink = voting.links.groups[voting.groups[0]!.id]!;
    const BALLOT = ['.ballot', '.ballot__left', '.ballot-item', '.ballot-item__group', '.ballot-item__title', '.ballot-item__vote', '.ballot-item__vote button', '.ballot-item__mine', '.ballot-item__more'];

    const problems: string[] = [];
    for (const size of SCREEN_SIZES) {
      const page = await pageAt(size);
      await new BoardPage(page).goto(groupLink);
      await page.locator('.ballot-item').nth(BALLOT_POINTS.length - 1).waitFor();
      // One vote cast, so the count and both buttons are as in use.
      await page.locator('.ballot-item').first().locator('.ballot-item__vote .button--primary').click();
      await expect.poll(() => page.getByTestId('my-votes').first().locator('[aria-hidden="true"]').innerText()).toBe('1');
      await shoot(page, 'ballot', size);
      const at = (what: string) => (p: { kind: string; detail: string }) => `${what} @ ${size.name}: ${p.kind} ${p.detail}`;
      problems.push(...(await layoutProblems(page, [...NAMED, ...BALLOT])).map(at('ballot')));
      // A long "why and how" is cut to three lines only where "Meer" offers the rest.
      const bodies = await page.locator('.ballot-item__body').evaluateAll((els) => els.map((el) => ({
        cut: el.scrollHeight > el.clientHeight + 1,
        toggle: el.nextElementSibling?.matches('.ballot-item__more[aria-expanded="false"]') ?? false,
        text: (el.textContent ?? '').slice(0, 30),
      })));
      // No word of an item runs past its text column into the vote buttons.
      const past = await page.locator('.ballot-item__text').evaluateAll((columns) => columns.flatMap((column) => {
        const edge = column.getBoundingClientRect().right;
        const found: string[] = [];
        const walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) {
            if (r.width > 0 && r.right > edge + 1) found.push(`“${node.textContent.trim().slice(0, 30)}” to ${Math.round(r.right)} of ${Math.round(edge)}`);
          }
        }
        return found;
      }));
      problems.push(...past.map((p) => `ballot @ ${size.name}: past its column: ${p}`));
      for (const b of bodies) if (b.cut && !b.toggle) problems.push(`ballot @ ${size.name}: “${b.text}” is cut with no "Meer"`);
      if (!bodies.some((b) => b.cut)) problems.push(`ballot @ ${size.name}: no long text was cut: the test does not test "Meer"`);
      if (size.name === 'phone' || size.name === 'laptop-small') problems.push(...await axeFindings(page, `ballot @ ${size.name}`));
      // Opened by keyboard, every text is whole and still fits.
      const toggles = page.locator('.ballot-item__more');
      for (let i = 0; i < await toggles.count(); i++) {
        await toggles.nth(i).focus();
        await page.keyboard.press('Enter');
        await page.locator('.ballot-item__more').nth(i).and(page.locator('[aria-expanded="true"]')).waitFor();
      }
      expect(await toggles.first().innerText()).toMatch(/^Minder/);
      problems.push(...(await layoutProblems(page, [...BALLOT, '.ballot-item__body'])).map(at('ballot opened')));
      await page.locator('.ballot').screenshot({ path: join(SHOTS, `ballot-open-${size.name}.png`) });
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });
});

describe('organiser page: table cards and programme (issue 10)', () => {
  it('no group name is broken inside a word on the table-card preview; programme titles fit their inputs', async () => {
    const organised = await e2e.server.createWorkshop('Werkconferentie Aanpak discriminatie in de woonomgeving', [
      'Groep 1 – Burenruzie in de portiekflat', 'Groep 2 – Woningcorporaties', 'Groep 3 – Huurdersverenigingen en bewonerscommissies',
    ]);
    const facilitator = await connectControl(e2e.server.url, organised.id, organised.tokens.facilitator);
    const reply = await facilitator.send('agenda:set', { segments: DEMO_AGENDA.map((s) => ({ start: s.start, title: s.title })) });
    facilitator.close();
    if (!reply.ok) throw new Error(`agenda:set refused: ${JSON.stringify(reply)}`);

    const problems: string[] = [];
    for (const size of SCREEN_SIZES) {
      const page = await pageAt(size);
      await page.goto(organised.links.organiser!);
      await page.locator('.table-card__name').first().waitFor();
      await page.locator('.agenda-row__title').first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.qr--pending').length === 0);
      await page.locator('.organiser-section--table-cards').scrollIntoViewIfNeeded();
      await shoot(page, 'organiser-cards', size);
      await page.locator('#programme-heading').scrollIntoViewIfNeeded();
      await shoot(page, 'organiser-programme', size);
      // Each word of a name on one line and inside its card: a range over the word has one line box.
      const broken = await page.locator('.table-card__name').evaluateAll((names) => names.flatMap((el) => {
        const text = el.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [`${el.textContent}: not one text node`];
        const box = el.getBoundingClientRect();
        const found: string[] = [];
        for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          const r = range.getBoundingClientRect();
          if (lines.size > 1) found.push(`“${match[0]}” is broken over ${lines.size} lines`);
          else if (r.right > box.right + 1 || r.left < box.left - 1) found.push(`“${match[0]}” sticks out of its card`);
        }
        return found;
      }));
      problems.push(...broken.map((b) => `table card @ ${size.name}: ${b}`));
      // Title fields wrap and grow: neither sideways nor downwards is any of the text out of sight.
      const cut = await page.locator('.agenda-row__title').evaluateAll((fields) => (fields as HTMLTextAreaElement[])
        .filter((f) => f.scrollWidth > f.clientWidth + 1 || f.scrollHeight > f.clientHeight + 1)
        .map((f) => `“${f.value}” (${f.scrollWidth}×${f.scrollHeight} in ${f.clientWidth}×${f.clientHeight})`));
      problems.push(...cut.map((c) => `programme @ ${size.name}: title cut ${c}`));
      problems.push(...(await layoutProblems(page, ['.table-card', '.table-card__name', '.agenda-row', '.agenda-row__title'])).map((p) => `organiser @ ${size.name}: ${p.kind} ${p.detail}`));
      const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && (el.parentElement?.getBoundingClientRect().right ?? 0) <= window.innerWidth + 1)
        .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className)} (${Math.round(el.getBoundingClientRect().right)})`));
      if (wide.length > 0) problems.push(`organiser @ ${size.name}: sticking out: ${wide.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
