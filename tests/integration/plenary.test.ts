import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  actionPointsOf, setActionText, setLead, setParty, setTimeframe, submitActionPoints,
} from '../../shared/board/actionPoints.ts';
import type { Slot } from '../../shared/board/actionPointRules.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import type { BallotItems, PlenarySnapshot } from '../../shared/schemas/plenary.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl, type RecordingClient } from '../helpers/controlClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

const local: ChangeOrigin = { kind: 'local' };
let server: TestServer;
let workshop: WorkshopCreated;
const controls: RecordingClient[] = [];
const boards: BoardClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Werkconferentie', ['Groep A', 'Groep B']);
});
afterEach(async () => {
  for (const c of controls.splice(0)) c.close();
  for (const b of boards.splice(0)) b.destroy();
  await server.close();
});

const gid = (i: number) => workshop.groups[i]!.id;

async function control(token: string): Promise<RecordingClient> {
  const c = await connectControl(server.url, workshop.id, token);
  controls.push(c);
  return c;
}

async function board(groupIndex: number, token = workshop.tokens.participants[gid(groupIndex)]!): Promise<BoardClient> {
  const b = connectBoard(server.wsUrl, workshop.id, gid(groupIndex), token);
  boards.push(b);
  await b.synced;
  return b;
}

function fill(doc: Y.Doc, slot: Slot, title: string): void {
  setActionText(doc, slot, 'title', title, local);
  setActionText(doc, slot, 'body', 'Omdat het werkt; door samen te beginnen.', local);
  setParty(doc, slot, 'gemeente', true, local);
  setParty(doc, slot, 'politie', true, local);
  setLead(doc, slot, 'gemeente', local);
  setTimeframe(doc, slot, 'binnen drie maanden', local);
}

const ap = (s: PlenarySnapshot, group: number, slot: Slot) => s.groups[group]!.actionPoints[slot];

describe('plenary snapshot over Socket.IO', () => {
  it('follows a stock y-websocket client editing its action points', async () => {
    const plenary = await control(workshop.tokens.plenary);
    const first = await plenary.snapshotWhere(() => true);
    expect(first.title).toBe('Werkconferentie');
    expect(first.groups.map((g) => g.name)).toEqual(['Groep A', 'Groep B']);
    expect(ap(first, 0, 0)).toMatchObject({ state: 'empty', title: '', votes: 0, decision: null });

    const a = await board(0);
    setActionText(a.doc, 0, 'title', 'Eén meldpunt voor woonoverlast', local);
    const draft = await plenary.snapshotWhere((s) => ap(s, 0, 0).title === 'Eén meldpunt voor woonoverlast');
    expect(ap(draft, 0, 0).state).toBe('draft');
    expect(draft.groups[0]!.completeCount).toBe(0);

    fill(a.doc, 0, 'Eén meldpunt voor woonoverlast');
    fill(a.doc, 1, 'Casusoverleg per wijk');
    const complete = await plenary.snapshotWhere((s) => s.groups[0]!.completeCount === 2);
    expect(ap(complete, 0, 1)).toMatchObject({
      apKey: `${gid(0)}:1`, title: 'Casusoverleg per wijk', parties: ['gemeente', 'politie'], lead: 'gemeente',
      timeframe: 'binnen drie maanden', submitted: false,
    });
    // Not on the ballot, so not ranked, until the group submits.
    expect(complete.ranking).toEqual([]);

    expect(submitActionPoints(a.doc, local)).toEqual({ ok: true });
    const submitted = await plenary.snapshotWhere((s) => s.groups[0]!.submitted);
    expect(submitted.ranking.map((r) => r.kind === 'actionPoint' && r.apKey)).toEqual([`${gid(0)}:0`, `${gid(0)}:1`]);
    expect(ap(submitted, 0, 0).submitted).toBe(true);
    expect(submitted.groups[1]!.submitted).toBe(false);
  });

  it('reaches facilitator and organiser as well, and participants get the ballot list instead', async () => {
    const f = await control(workshop.tokens.facilitator);
    const o = await control(workshop.tokens.organiser);
    const p = await control(workshop.tokens.participants[gid(1)]!);
    const ballots: BallotItems[] = [];
    p.socket.on('ballot', (b) => ballots.push(b));
    const a = await board(0);
    fill(a.doc, 0, 'Voor iedereen');
    fill(a.doc, 1, 'Ook voor iedereen');
    const seen = (s: PlenarySnapshot) => ap(s, 0, 0).state === 'complete';
    await Promise.all([f.snapshotWhere(seen), o.snapshotWhere(seen)]);
    // Not submitted yet: the group may still change it, so it is not on the ballot (issue 10).
    await expect.poll(() => ballots.at(-1)?.items).toEqual([]);
    expect(submitActionPoints(a.doc, local)).toEqual({ ok: true });
    await expect.poll(() => ballots.at(-1)?.items.map((i) => i.title)).toEqual(['Voor iedereen', 'Ook voor iedereen']);
    expect(ballots.at(-1)).toMatchObject({ open: false, votesPerPerson: 3 });
    expect(p.snapshots).toHaveLength(0);
  });

  it('throttles: many edits give few snapshots, and the last one is right', async () => {
    const plenary = await control(workshop.tokens.plenary);
    await plenary.snapshotWhere(() => true);
    const a = await board(0);
    const edits = 300;
    for (let i = 1; i <= edits; i++) setActionText(a.doc, 0, 'title', `Versie ${i}`, local);
    await plenary.snapshotWhere((s) => ap(s, 0, 0).title === `Versie ${edits}`);
    const snapshots = plenary.snapshots.length;
    expect(snapshots).toBeLessThan(edits / 10);
    expect(ap(plenary.snapshots.at(-1)!, 0, 0).title).toBe(`Versie ${edits}`);
    // Only changes are sent: no two snapshots in a row are the same.
    for (let i = 1; i < plenary.snapshots.length; i++) {
      expect(JSON.stringify(plenary.snapshots[i])).not.toBe(JSON.stringify(plenary.snapshots[i - 1]));
    }
  });

  it('keeps the group documents loaded while a plenary screen watches', async () => {
    // Unload at once when nobody is left, so that only the plenary's hold can keep it.
    const quick = await startTestServer({ DOC_UNLOAD_MS: '0' });
    try {
      const w = await quick.createWorkshop('Snel', ['Groep A']);
      const g = w.groups[0]!.id;
      const name = `${w.id}/${g}`;
      const plenary = await connectControl(quick.url, w.id, w.tokens.plenary);
      await plenary.snapshotWhere(() => true);
      const a = connectBoard(quick.wsUrl, w.id, g, w.tokens.participants[g]);
      await a.synced;
      setActionText(a.doc, 0, 'title', 'Blijft geladen', local);
      await plenary.snapshotWhere((s) => ap(s, 0, 0).title === 'Blijft geladen');
      a.destroy();
      await expect.poll(async () => (await quick.docs.peek(name))?.connections.size).toBe(0);
      // One round trip later a 0 ms unload would have happened.
      await plenary.send('timer:pause');
      expect(await quick.docs.peek(name)).toBeDefined();
      plenary.close();
      await expect.poll(async () => (await quick.docs.peek(name)) === undefined).toBe(true);
    } finally {
      await quick.close();
    }
  });

  it('opening the action step creates both slots in every group document', async () => {
    const f = await control(workshop.tokens.facilitator);
    const a = await board(0);
    const b = await board(1);
    expect(await f.send('actionStep:set', { open: true })).toEqual({ ok: true });
    const ready = (d: Y.Doc) => ['0', '1'].every((k) => actionPointsOf(d).has(k)) && actionPointsOf(d).get('submitted') === false;
    await Promise.all([waitForDoc(a.doc, ready), waitForDoc(b.doc, ready)]);
    await f.sessionWhere((e) => e.state.actionStepOpen);
  });
});

describe('ballot, decisions and themes', () => {
  it('per-voter limit, totals without voters, closed ballot refuses', async () => {
    const a = await board(0);
    fill(a.doc, 0, 'Eerste');
    fill(a.doc, 1, 'Tweede');
    const f = await control(workshop.tokens.facilitator);
    await f.snapshotWhere((s) => s.groups[0]!.completeCount === 2);
    const voter = await control(workshop.tokens.participants[gid(1)]!);
    expect(await f.send('ballot:set', { open: true, votesPerPerson: 2 })).toEqual({ ok: true });
    // A group that did not submit is not on the ballot: its points refuse votes.
    expect(await voter.send('ballot:vote', { voterId: 'stemmer-zzzz', apKey: `${gid(0)}:0`, delta: 1 })).toMatchObject({ ok: false, error: 'not_found' });
    expect(await f.send('ballot:set', { open: false })).toEqual({ ok: true });
    expect(submitActionPoints(a.doc, local)).toEqual({ ok: true });
    await f.snapshotWhere((s) => s.groups[0]!.submitted);
    const vote = (voterId: string, apKey: string, delta: 1 | -1) => voter.send('ballot:vote', { voterId, apKey, delta });
    const k0 = `${gid(0)}:0`;
    const k1 = `${gid(0)}:1`;

    expect(await vote('stemmer-aaaa', k0, 1)).toMatchObject({ ok: false, error: 'conflict' });
    expect(await f.send('ballot:set', { open: true, votesPerPerson: 2 })).toEqual({ ok: true });
    expect(await vote('stemmer-aaaa', `${gid(1)}:0`, 1)).toMatchObject({ ok: false, error: 'not_found' });
    expect(await vote('stemmer-aaaa', k0, 1)).toEqual({ ok: true, votes: { [k0]: 1 } });
    expect(await vote('stemmer-aaaa', k0, 1)).toEqual({ ok: true, votes: { [k0]: 2 } });
    expect(await vote('stemmer-aaaa', k1, 1)).toMatchObject({ ok: false, error: 'conflict' });
    expect(await vote('stemmer-aaaa', k0, -1)).toEqual({ ok: true, votes: { [k0]: 1 } });
    expect(await vote('stemmer-aaaa', k1, -1)).toMatchObject({ ok: false, error: 'conflict' });
    expect(await vote('stemmer-bbbb', k1, 1)).toEqual({ ok: true, votes: { [k1]: 1 } });
    expect(await vote('stemmer-cccc', k1, 1)).toEqual({ ok: true, votes: { [k1]: 1 } });
    expect(await voter.send('ballot:mine', { voterId: 'stemmer-aaaa' })).toEqual({ ok: true, votes: { [k0]: 1 } });

    const totals = await f.sessionWhere((e) => e.state.ballot.voters === 3);
    expect(totals.state.ballot.totals).toEqual({ [k0]: 1, [k1]: 2 });
    expect(JSON.stringify(totals)).not.toContain('stemmer-');
    const ranked = await f.snapshotWhere((s) => ap(s, 0, 1).votes === 2);
    expect(ranked.ranking.map((r) => (r.kind === 'actionPoint' ? [r.apKey, r.votes] : []))).toEqual([[k1, 2], [k0, 1]]);

    expect(await f.send('ballot:set', { open: false })).toEqual({ ok: true });
    expect(await vote('stemmer-dddd', k0, 1)).toMatchObject({ ok: false, error: 'conflict' });
    expect((await f.sessionWhere((e) => !e.state.ballot.open && e.state.ballot.voters === 3)).state.ballot.totals).toEqual({ [k0]: 1, [k1]: 2 });
  });

  it('decisions keep their history; themes merge and split; reveal and spotlight', async () => {
    const a = await board(0);
    const b = await board(1);
    fill(a.doc, 0, 'Meldpunt');
    fill(b.doc, 0, 'Eén loket');
    fill(a.doc, 1, 'Buurtbemiddeling');
    fill(b.doc, 1, 'Casusoverleg');
    expect(submitActionPoints(a.doc, local)).toEqual({ ok: true });
    expect(submitActionPoints(b.doc, local)).toEqual({ ok: true });
    const f = await control(workshop.tokens.facilitator);
    await f.snapshotWhere((s) => s.groups.every((g) => g.submitted));
    const [kA, kB] = [`${gid(0)}:0`, `${gid(1)}:0`];

    expect(await f.send('decision:set', { apKey: kA, status: 'adopted' })).toEqual({ ok: true });
    expect(await f.send('decision:set', { apKey: kA, status: 'amended' })).toMatchObject({ ok: false, error: 'invalid_payload' });
    // An "amendment" that only re-spaces the group's own text changes nothing: refused too.
    const unchanged = 'Meldpunt\n\n  Omdat het werkt;   door samen te beginnen. ';
    expect(await f.send('decision:set', { apKey: kA, status: 'amended', text: unchanged })).toMatchObject({
      ok: false, error: 'invalid_payload', message: expect.stringMatching(/must change the text/),
    });
    expect(await f.send('decision:set', { apKey: kA, status: 'amended', text: 'Eén meldpunt per regio' })).toEqual({ ok: true });
    const decided = await f.snapshotWhere((s) => ap(s, 0, 0).decision?.status === 'amended');
    expect(ap(decided, 0, 0).decision).toMatchObject({
      status: 'amended', text: 'Eén meldpunt per regio',
      history: [{ status: 'adopted' }, { status: 'amended', text: 'Eén meldpunt per regio' }],
    });

    const merged = await f.send('theme:merge', { apKeys: [kA, kB], title: 'Eén loket voor meldingen' });
    expect(merged).toMatchObject({ ok: true, themeId: expect.any(String) });
    const themeId = (merged as unknown as { themeId: string }).themeId;
    const themed = await f.snapshotWhere((s) => s.themes.length === 1);
    expect(themed.themes[0]).toMatchObject({ id: themeId, apKeys: [kA, kB], votes: 0 });
    expect(themed.ranking.map((r) => (r.kind === 'theme' ? r.themeId : r.apKey))).toEqual([themeId, `${gid(0)}:1`, `${gid(1)}:1`]);
    expect(themed.ranking[0]).toEqual({ kind: 'theme', themeId, title: 'Eén loket voor meldingen', apKeys: [kA, kB], votes: 0 });
    expect(ap(themed, 1, 0).themeId).toBe(themeId);
    expect(await f.send('theme:split', { themeId })).toEqual({ ok: true });
    await f.snapshotWhere((s) => s.themes.length === 0 && s.ranking.length === 4);
    expect(await f.send('theme:split', { themeId })).toMatchObject({ ok: false, error: 'not_found' });

    expect(await f.send('plenary:reveal', { groupIds: [gid(1)] })).toEqual({ ok: true });
    const revealed = await f.snapshotWhere((s) => s.groups[1]!.revealed);
    expect(revealed.groups[0]!.revealed).toBe(false);
    expect(await f.send('plenary:spotlight', { groupId: gid(1), slot: 0 })).toEqual({ ok: true });
    await f.snapshotWhere((s) => s.spotlight?.groupId === gid(1));
    expect(await f.send('plenary:spotlight', null)).toEqual({ ok: true });
    await f.snapshotWhere((s) => s.spotlight === null && s.groups[1]!.revealed);
    expect(await f.send('plenary:joinQr', { show: true })).toEqual({ ok: true });
    await f.sessionWhere((e) => e.state.plenary.showJoinQr);
  });
});
