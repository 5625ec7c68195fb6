import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  readActionPoints, setActionText, setLead, setParty, setTimeframe, submitActionPoints,
} from '../../shared/board/actionPoints.ts';
import type { Party, Slot } from '../../shared/board/actionPointRules.ts';
import { readNotes } from '../../shared/board/notes.ts';
import { addNote } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';
import { startE2E, type E2E } from './fixture.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { ConsolePage } from './pages/ConsolePage.ts';
import { PlenaryPage } from './pages/PlenaryPage.ts';
import { SessionBoard, type ActionPointFill } from './pages/SessionBoard.ts';

/*
 * Issue 4 end to end: the facilitator's console, two group boards and the beamer, each in its
 * own browser context (its own "laptop"), against one real server.
 */

let e2e: E2E;
const clients: BoardClient[] = [];

beforeAll(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await e2e.closeContexts();
});
afterAll(async () => {
  await e2e?.close();
});

const local: ChangeOrigin = { kind: 'local' };

/** A stock y-websocket client in Node, as any Yjs app would connect (cleaned up after each test). */
async function stockClient(workshop: WorkshopCreated, groupId: string, token: string): Promise<BoardClient> {
  const client = connectBoard(e2e.server.wsUrl, workshop.id, groupId, token);
  clients.push(client);
  await client.synced;
  return client;
}

/** Writes a group's action point with the shared model, as a group's laptop would. */
function writeActionPoint(doc: Y.Doc, slot: Slot, ap: { title: string; body: string; parties: Party[]; lead: Party; timeframe: string }): void {
  setActionText(doc, slot, 'title', ap.title, local);
  setActionText(doc, slot, 'body', ap.body, local);
  for (const p of ap.parties) setParty(doc, slot, p, true, local);
  setLead(doc, slot, ap.lead, local);
  setTimeframe(doc, slot, ap.timeframe, local);
}

/** A page in a fresh context ("laptop"); an uncaught error in it is printed, to explain a timeout. */
async function page(): Promise<Page> {
  const p = (await e2e.newPage()).page;
  p.on('pageerror', (err) => console.error(`page error on ${p.url()}: ${err.message}`));
  return p;
}

const noord: [ActionPointFill, ActionPointFill] = [
  {
    title: 'Eén meldpunt voor woonoverlast',
    body: 'Bewoners weten nu niet waar ze heen moeten. Gemeente en corporatie richten samen één loket in.',
    parties: ['Gemeente', 'Woningcorporatie'], lead: 'Gemeente', timeframe: 'voor de zomer',
  },
  {
    title: 'Casusoverleg per wijk',
    body: 'Vastgelopen burenconflicten met een discriminatoir karakter maandelijks samen bespreken.',
    parties: ['Politie', 'Antidiscriminatievoorziening'], lead: 'Antidiscriminatievoorziening', timeframe: 'binnen drie maanden',
  },
];
const zuid: [ActionPointFill, ActionPointFill] = [
  {
    title: 'Training signaleren voor wijkteams',
    body: 'Medewerkers leren discriminatie in burenruzies herkennen en doorverwijzen.',
    parties: ['Antidiscriminatievoorziening', 'Woningcorporatie'], lead: 'Woningcorporatie', timeframe: 'dit jaar',
  },
  {
    title: 'Afspraken vastleggen in het convenant',
    body: 'Wie doet wat bij een melding: termijnen en contactpersonen per partner.',
    parties: ['Gemeente', 'Politie'], lead: 'Politie', timeframe: 'bij de ondertekening',
  },
];

describe('the action-point step, from the group boards to the beamer', () => {
  it('the facilitator opens the step; both groups fill and submit; the plenary shows them with the mark', async () => {
    const workshop = await e2e.server.createWorkshop('Werkconferentie', ['Groep Noord', 'Groep Zuid']);
    const [gNoord, gZuid] = workshop.groups as [{ id: string; name: string }, { id: string; name: string }];

    const console_ = new ConsolePage(await page());
    await console_.goto(workshop.links.facilitator);
    const beamer = new PlenaryPage(await page());
    await beamer.goto(workshop.links.plenary);
    const boardNoord = new SessionBoard(await page());
    await boardNoord.goto(workshop.links.groups[gNoord.id]!);
    const boardZuid = new SessionBoard(await page());
    await boardZuid.goto(workshop.links.groups[gZuid.id]!);

    // No panel before the step; the console counts the people on each board.
    expect(await boardNoord.panel.count()).toBe(0);
    await expect.poll(() => console_.fact('Groep Noord', 'online')).toBe('1');
    expect(await console_.apStatus('Groep Noord')).toBe('0/2 compleet');

    await console_.openActionStep();
    await boardNoord.panel.waitFor();
    await boardZuid.panel.waitFor();
    await expect(boardNoord.submitButton.isDisabled()).resolves.toBe(true);

    // Half done: the panel says what is missing, and submitting is not possible yet.
    await boardNoord.type(0, 'Wat (korte titel)', noord[0].title);
    await expect.poll(() => boardNoord.missing()).toEqual(expect.arrayContaining([
      'Actiepunt 1: Beschrijf waarom en hoe.', 'Actiepunt 1: Kies minstens één betrokken partij.',
      'Actiepunt 2: Geef het actiepunt een korte titel.',
    ]));
    expect(await boardNoord.submitButton.isDisabled()).toBe(true);
    await boardNoord.slot(0).getByLabel('Waarom en hoe (een paar zinnen)').focus();
    await boardNoord.page.keyboard.press('Tab'); // leaving the empty field shows its own message
    await boardNoord.slot(0).getByText('Beschrijf waarom en hoe.').waitFor();

    // Both groups fill both action points by keyboard; the console follows.
    await boardNoord.type(0, 'Waarom en hoe (een paar zinnen)', noord[0].body);
    for (const party of noord[0].parties) {
      await boardNoord.slot(0).getByRole('checkbox', { name: party, exact: true }).focus();
      await boardNoord.page.keyboard.press('Space');
    }
    await boardNoord.slot(0).getByLabel('Trekker', { exact: true }).selectOption({ label: noord[0].lead });
    await boardNoord.type(0, 'Termijn (bijvoorbeeld: voor de zomer)', noord[0].timeframe);
    await expect.poll(() => console_.apStatus('Groep Noord')).toBe('1/2 compleet');
    await boardNoord.fill(1, noord[1]);
    await boardZuid.fill(0, zuid[0]);
    await boardZuid.fill(1, zuid[1]);
    await expect.poll(() => console_.apStatus('Groep Noord')).toBe('2/2 compleet, nog niet ingediend');

    for (const board of [boardNoord, boardZuid]) {
      await board.page.locator('.ap-summary--ready').waitFor();
      await board.submitButton.click();
      await board.page.locator('.ap-panel__submitted').waitFor();
      // Read-only after submitting.
      expect(await board.slot(0).getByLabel('Wat (korte titel)').getAttribute('readonly')).not.toBeNull();
    }
    await expect.poll(() => console_.apStatus('Groep Noord')).toBe('Ingediend');
    await expect.poll(() => console_.apStatus('Groep Zuid')).toBe('Ingediend');

    // The beamer shows the submitted mark at once and the content once revealed.
    await expect.poll(() => beamer.isSubmitted('Groep Noord')).toBe(true);
    await expect.poll(() => beamer.isSubmitted('Groep Zuid')).toBe(true);
    expect(await beamer.titles('Groep Noord')).toEqual([]);
    await console_.revealAll();
    await expect.poll(() => beamer.titles('Groep Noord')).toEqual([noord[0].title, noord[1].title]);
    await expect.poll(() => beamer.titles('Groep Zuid')).toEqual([zuid[0].title, zuid[1].title]);

    // What the server stored is what the boards typed (a stock Yjs client reads it back).
    const reader = await stockClient(workshop, gNoord.id, workshop.tokens.facilitator);
    await waitForDoc(reader.doc, (d) => readActionPoints(d).submitted);
    expect(readActionPoints(reader.doc).slots[0]).toMatchObject({
      title: noord[0].title, body: noord[0].body, parties: ['gemeente', 'woningcorporatie'], lead: 'gemeente', timeframe: 'voor de zomer',
    });

    // The facilitator reopens one group: its panel is editable again, the beamer drops the mark.
    await console_.reopen('Groep Noord');
    await expect.poll(() => console_.apStatus('Groep Noord')).toBe('2/2 compleet, nog niet ingediend');
    await expect.poll(() => boardNoord.slot(0).getByLabel('Wat (korte titel)').getAttribute('readonly')).toBeNull();
    await expect.poll(() => beamer.isSubmitted('Groep Noord')).toBe(false);
    expect(await beamer.isSubmitted('Groep Zuid')).toBe(true);
  });
});

describe('two laptops of one group in the action-point panel', () => {
  it('type in the same title at the same time and both keep their words', async () => {
    const workshop = await e2e.server.createWorkshop('Samen typen', ['Groep A']);
    const group = workshop.groups[0]!;
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    try {
      expect(await facilitator.send('actionStep:set', { open: true })).toEqual({ ok: true });
    } finally {
      facilitator.close();
    }
    const anna = new SessionBoard(await page());
    await anna.goto(workshop.links.groups[group.id]!);
    const bram = new SessionBoard(await page());
    await bram.goto(workshop.links.groups[group.id]!);
    const titleOf = (b: SessionBoard) => b.slot(0).getByLabel('Wat (korte titel)', { exact: true });

    await anna.type(0, 'Wat (korte titel)', 'Eén meldpunt');
    await expect.poll(() => titleOf(bram).inputValue()).toBe('Eén meldpunt');
    // Anna types at the end while Bram types at the start, keystroke by keystroke, at once.
    await titleOf(anna).press('End');
    await titleOf(bram).press('Home');
    await Promise.all([
      anna.page.keyboard.type(' voor iedereen', { delay: 40 }),
      bram.page.keyboard.type('Samen: ', { delay: 40 }),
    ]);
    const both = 'Samen: Eén meldpunt voor iedereen';
    await expect.poll(() => titleOf(anna).inputValue()).toBe(both);
    await expect.poll(() => titleOf(bram).inputValue()).toBe(both);
    const reader = await stockClient(workshop, group.id, workshop.tokens.facilitator);
    await waitForDoc(reader.doc, (d) => readActionPoints(d).slots[0].title === both);
  });
});

describe('timer, message and lock', () => {
  it('reach every board and the beamer; a locked board shows it and a typed edit does not reach the server', async () => {
    const workshop = await e2e.server.createWorkshop('Slot', ['Groep Oost', 'Groep West']);
    const [gOost, gWest] = workshop.groups as [{ id: string; name: string }, { id: string; name: string }];
    const console_ = new ConsolePage(await page());
    await console_.goto(workshop.links.facilitator);
    const beamer = new PlenaryPage(await page());
    await beamer.goto(workshop.links.plenary);
    const oost = new SessionBoard(await page());
    await oost.goto(workshop.links.groups[gOost.id]!);
    const west = new SessionBoard(await page());
    await west.goto(workshop.links.groups[gWest.id]!);

    await console_.startTimer(10);
    for (const board of [oost, west]) await expect.poll(() => board.timerPhase()).toBe('running');
    await expect.poll(() => beamer.timerPhase()).toBe('running');
    // Counted on the server's clock: about ten minutes left everywhere.
    const left = Number(await oost.page.locator('.timer--board .timer__value').getAttribute('data-ms'));
    expect(left).toBeGreaterThan(9 * 60_000);
    expect(left).toBeLessThanOrEqual(10 * 60_000);

    await console_.sendMessage('Nog tien minuten, rond af');
    for (const board of [oost, west]) await expect.poll(() => board.message()).toContain('Nog tien minuten, rond af');
    await expect.poll(() => beamer.message()).toContain('Nog tien minuten, rond af');

    await console_.openActionStep();
    await oost.panel.waitFor();
    await console_.lockAll();
    await oost.lockNotice.waitFor();
    await west.lockNotice.waitFor();
    expect(await oost.lockNotice.innerText()).toContain('Het bord staat op slot');
    await expect.poll(() => console_.groupCard('Groep Oost').locator('.badge--locked').count()).toBe(1);

    // The panel is read-only: typing into it changes nothing, here or on the server.
    const title = oost.slot(0).getByLabel('Wat (korte titel)');
    expect(await title.getAttribute('readonly')).not.toBeNull();
    await title.click();
    await oost.page.keyboard.type('Tijdens het slot');
    expect(await title.inputValue()).toBe('');
    // A key press on the board itself (the new-note shortcut, then text) does not get through either.
    await oost.page.locator('body').press('n');
    await oost.page.keyboard.type('Notitie tijdens het slot');

    // A marker written after those keys by the facilitator (allowed through the lock) arrives;
    // a fresh stock client then shows that nothing typed on the locked board reached the server.
    const facilitatorClient = await stockClient(workshop, gOost.id, workshop.tokens.facilitator);
    addNote(facilitatorClient.doc, { x: 0, y: 0, text: 'markering' }, local);
    const fresh = await stockClient(workshop, gOost.id, workshop.tokens.facilitator);
    await waitForDoc(fresh.doc, (d) => readNotes(d).some((n) => n.text === 'markering'));
    expect(readNotes(fresh.doc).map((n) => n.text)).toEqual(['markering']);
    expect(readActionPoints(fresh.doc).slots[0].title).toBe('');
  });
});

describe('ballot and decisions', () => {
  it('a participant votes, the beamer ranking follows, votes survive a reload; a decision is recorded', async () => {
    const workshop = await e2e.server.createWorkshop('Stemmen', ['Groep 1', 'Groep 2']);
    const [g1, g2] = workshop.groups as [{ id: string; name: string }, { id: string; name: string }];
    // The groups' action points, written and submitted by stock clients (the fill is tested above).
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    try {
      expect(await facilitator.send('actionStep:set', { open: true })).toEqual({ ok: true });
    } finally {
      facilitator.close();
    }
    const titles = ['Buurtbemiddeling eerder inzetten', 'Meldingen samen registreren', 'Voorlichting in de wijk', 'Vast aanspreekpunt bij de politie'];
    for (const [i, g] of [g1, g2].entries()) {
      const c = await stockClient(workshop, g.id, workshop.tokens.participants[g.id]!);
      for (const slot of [0, 1] as const) {
        writeActionPoint(c.doc, slot, {
          title: titles[2 * i + slot]!, body: 'Omdat het helpt; door samen te beginnen.', parties: ['gemeente', 'politie'],
          lead: 'gemeente', timeframe: 'dit jaar',
        });
      }
      expect(submitActionPoints(c.doc, local)).toEqual({ ok: true });
    }

    const console_ = new ConsolePage(await page());
    await console_.goto(workshop.links.facilitator);
    const beamer = new PlenaryPage(await page());
    await beamer.goto(workshop.links.plenary);
    const voter = new SessionBoard(await page());
    await voter.goto(workshop.links.groups[g1.id]!);
    await expect.poll(() => console_.apStatus('Groep 2')).toBe('Ingediend');

    await console_.openBallot(3);
    await voter.ballot.waitFor();
    await expect.poll(() => voter.votesLeft()).toBe('Je hebt nog 3 van 3 stemmen.');
    const favourite = `${g2.id}:1`;
    await voter.ballotItem(favourite).waitFor();
    await voter.vote(favourite, 1);
    await expect.poll(() => voter.votesLeft()).toBe('Je hebt nog 2 van 3 stemmen.');
    await voter.vote(favourite, 1);
    await expect.poll(() => voter.myVotes(favourite)).toBe('2');
    await expect.poll(async () => (await beamer.ranking())[0]).toBe('Vast aanspreekpunt bij de politie: 2');

    // The votes belong to this laptop's voter id: a reload shows them again.
    await voter.page.reload();
    await voter.ballot.waitFor();
    await expect.poll(() => voter.myVotes(favourite)).toBe('2');
    expect(await voter.votesLeft()).toBe('Je hebt nog 1 van 3 stemmen.');
    await voter.vote(`${g1.id}:0`, 1);
    await expect.poll(() => voter.votesLeft()).toBe('Je hebt nog 0 van 3 stemmen.');
    await expect.poll(async () => (await beamer.ranking()).slice(0, 2)).toEqual([
      'Vast aanspreekpunt bij de politie: 2', 'Buurtbemiddeling eerder inzetten: 1',
    ]);

    // Two duplicates become one theme: the ranking counts their votes together, and a split undoes it.
    await console_.mergeTheme([`Groep 1 · 1: ${titles[0]}`, `Groep 2 · 1: ${titles[2]}`], 'Samen eerder beginnen');
    await expect.poll(async () => (await beamer.ranking()).slice(0, 2)).toEqual([
      'Vast aanspreekpunt bij de politie: 2', 'Samen eerder beginnen: 1',
    ]);
    await console_.splitTheme('Samen eerder beginnen');
    await expect.poll(async () => (await beamer.ranking())[1]).toBe('Buurtbemiddeling eerder inzetten: 1');

    // The plenary adopts the favourite as amended; the history keeps every decision.
    await console_.recordDecision(favourite, 'Aangenomen');
    await console_.recordDecision(favourite, 'Aangenomen met wijziging', 'Vast aanspreekpunt bij politie en corporatie');
    await console_.decision(favourite).getByText('Geschiedenis (2 besluiten)').click();
    await console_.closeBallot();
    // The result stays on the beamer after closing (issue 10) until the facilitator takes it off.
    await beamer.page.getByRole('heading', { level: 2, name: /^Uitslag van de stemronde/ }).waitFor();
    await console_.button('Uitslag op het plenaire scherm').click();
    await console_.revealAll();
    await beamer.tile('Groep 2').locator('.decision-badge--amended').waitFor();
  });
});

describe('the beamer at 1920×1080', () => {
  it('fits 8 groups without scrolling, in type of at least 28px', async () => {
    const names = ['Groep Centrum', 'Groep Noord', 'Groep Oost', 'Groep Zuid', 'Groep West', 'Groep Haven', 'Groep Dorp', 'Groep Stad'];
    const workshop = await e2e.server.createWorkshop('Werkconferentie discriminatie in de woonomgeving', names);
    const points: [string, string][] = [
      ['Eén meldpunt voor woonoverlast', 'Bewoners weten nu niet waar ze heen moeten; één loket van gemeente en corporatie.'],
      ['Casusoverleg per wijk', 'Vastgelopen burenconflicten maandelijks samen bespreken.'],
      ['Training signaleren', 'Wijkteams leren discriminatie in burenruzies herkennen.'],
      ['Afspraken in het convenant', 'Wie doet wat bij een melding, met termijnen per partner.'],
      ['Buurtbemiddeling eerder inzetten', 'Niet wachten tot een conflict escaleert: na de eerste melding.'],
      ['Vast aanspreekpunt bij de politie', 'Per basisteam één collega die de casussen kent.'],
      ['Slachtoffer centraal', 'Niet automatisch de melder laten verhuizen; eerst de veroorzaker aanspreken.'],
      ['Jaarlijkse evaluatie', 'De partners kijken elk jaar samen naar de cijfers en de casussen.'],
    ];
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    try {
      await facilitator.send('actionStep:set', { open: true });
      for (const [i, g] of workshop.groups.entries()) {
        const c = await stockClient(workshop, g.id, workshop.tokens.participants[g.id]!);
        for (const slot of [0, 1] as const) {
          const [title, body] = points[(2 * i + slot) % points.length]!;
          writeActionPoint(c.doc, slot, { title, body, parties: ['gemeente', 'woningcorporatie'], lead: 'gemeente', timeframe: 'voor de zomer' });
        }
        if (i < 6) expect(submitActionPoints(c.doc, local)).toEqual({ ok: true });
      }
      await facilitator.send('plenary:reveal', { groupIds: 'all' });
      await facilitator.send('agenda:now', { segmentId: 'plenair' });
      await facilitator.send('timer:start', { durationMs: 25 * 60_000 });
      await facilitator.send('decision:set', { apKey: `${workshop.groups[0]!.id}:0`, status: 'adopted' });

      const beamer = new PlenaryPage(await page());
      await beamer.goto(workshop.links.plenary);
      await expect.poll(() => beamer.titles('Groep Stad')).toHaveLength(2);
      await expect.poll(() => beamer.page.getByTestId('submitted-mark').count()).toBe(6);
      await beamer.page.waitForFunction(() => document.querySelectorAll('.qr--pending').length === 0);
      expect(await beamer.scrolls()).toBe(false);
      expect(await beamer.smallestTileFontPx()).toBeGreaterThanOrEqual(28);
    } finally {
      facilitator.close();
    }
  });
});

describe('accessibility of the facilitation screens (axe: no serious or critical findings)', () => {
  it('console, beamer (tiles, spotlight, ranking), action-point panel and ballot', async () => {
    const workshop = await e2e.server.createWorkshop('Toegankelijk', ['Groep A', 'Groep B']);
    const [gA] = workshop.groups as [{ id: string; name: string }];
    const console_ = new ConsolePage(await page());
    await console_.goto(workshop.links.facilitator);
    const beamer = new PlenaryPage(await page());
    await beamer.goto(workshop.links.plenary);
    const board = new SessionBoard(await page());
    await board.goto(workshop.links.groups[gA.id]!);

    await console_.openActionStep();
    await board.panel.waitFor();
    await board.type(0, 'Wat (korte titel)', 'Eén meldpunt');
    await board.slot(0).getByLabel('Waarom en hoe (een paar zinnen)').focus();
    await board.page.keyboard.press('Tab');
    await board.slot(0).getByText('Beschrijf waarom en hoe.').waitFor();
    await expectNoSeriousViolations(board.page, 'action-point panel with problems');

    await console_.revealAll();
    await console_.startTimer(5);
    await console_.sendMessage('Welkom');
    await expect.poll(() => beamer.titles('Groep A')).toEqual(['Eén meldpunt']);
    await expectNoSeriousViolations(console_.page, 'console');
    await expectNoSeriousViolations(beamer.page, 'beamer with tiles');

    await console_.page.getByLabel('Eén actiepunt groot tonen').selectOption({ index: 0 });
    await console_.button('Uitlichten').click();
    await beamer.page.locator('.spotlight').waitFor();
    await expectNoSeriousViolations(beamer.page, 'beamer with a spotlight');
    await console_.button('Stoppen met uitlichten').click();

    await console_.openBallot(3);
    await board.ballot.waitFor();
    // Nothing is submitted here, so the ranking says it is empty (only submitted points are on the ballot).
    await beamer.page.locator('.beamer__ranking').waitFor();
    await expectNoSeriousViolations(board.page, 'ballot on a board');
    await expectNoSeriousViolations(beamer.page, 'beamer with the ranking');
  });
});
