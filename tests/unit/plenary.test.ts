import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readActionPoints, setActionText, setLead, setParty, setTimeframe, submitActionPoints,
} from '../../shared/board/actionPoints.ts';
import type { Slot } from '../../shared/board/actionPointRules.ts';
import { addNote } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { ballotItemsOf, derivePlenarySnapshot, summarizeBoard, type PlenaryInput } from '../../shared/plenary.ts';
import { PlenarySnapshot } from '../../shared/schemas/plenary.ts';
import { publicSessionState, type SessionState } from '../../shared/schemas/session.ts';
import { defaultSessionState } from '../../server/session/defaultSession.ts';

const local: ChangeOrigin = { kind: 'local' };
const workshop = { id: 'w1', title: 'Werkconferentie', groups: [{ id: 'ga', name: 'Groep A' }, { id: 'gb', name: 'Groep B' }] };

function fill(doc: Y.Doc, slot: Slot, title: string): void {
  setActionText(doc, slot, 'title', title, local);
  setActionText(doc, slot, 'body', 'Omdat het helpt.', local);
  setParty(doc, slot, 'woningcorporatie', true, local);
  setLead(doc, slot, 'woningcorporatie', local);
  setTimeframe(doc, slot, 'dit najaar', local);
}

function boards(): { a: Y.Doc; b: Y.Doc } {
  const a = new Y.Doc();
  addNote(a, { x: 0, y: 0, text: 'notitie 1' }, local);
  addNote(a, { x: 0, y: 0, text: 'notitie 2' }, local);
  fill(a, 0, 'Meldpunt');
  fill(a, 1, 'Buurtbemiddeling');
  submitActionPoints(a, local, 1000);
  const b = new Y.Doc();
  setActionText(b, 0, 'title', 'Half af', local);
  return { a, b };
}

function session(change: (s: SessionState) => void = () => {}): SessionState {
  const s = defaultSessionState();
  change(s);
  return s;
}

describe('derivePlenarySnapshot (shared/plenary.ts)', () => {
  it('one tile per group in workshop order, with state, counts and submitted mark', () => {
    const { a, b } = boards();
    const snap = derivePlenarySnapshot({ workshop, boards: { ga: a, gb: b }, session: session() });
    expect(PlenarySnapshot.parse(snap)).toEqual(snap);
    expect(snap).toMatchObject({ version: 1, workshopId: 'w1', title: 'Werkconferentie', spotlight: null, themes: [] });
    expect(snap.groups.map((g) => [g.id, g.name, g.noteCount, g.completeCount, g.submitted])).toEqual([
      ['ga', 'Groep A', 2, 2, true], ['gb', 'Groep B', 0, 0, false],
    ]);
    expect(snap.groups[0]!.submittedAt).toBe(1000);
    expect(snap.groups[1]!.actionPoints.map((ap) => ap.state)).toEqual(['draft', 'empty']);
    expect(snap.groups[0]!.actionPoints[1]).toMatchObject({
      apKey: 'ga:1', slot: 1, title: 'Buurtbemiddeling', parties: ['woningcorporatie'], lead: 'woningcorporatie',
      state: 'complete', submitted: true, votes: 0, decision: null, themeId: null,
    });
  });

  it('gives the same result from documents and from summaries; a missing board is empty', () => {
    const { a, b } = boards();
    const s = session();
    const fromDocs = derivePlenarySnapshot({ workshop, boards: { ga: a, gb: b }, session: s });
    const fromSummaries = derivePlenarySnapshot({ workshop, boards: { ga: summarizeBoard(a), gb: summarizeBoard(b) }, session: s });
    expect(fromSummaries).toEqual(fromDocs);
    const missing = derivePlenarySnapshot({ workshop, boards: { ga: a }, session: s });
    expect(missing.groups[1]!.actionPoints.map((ap) => ap.state)).toEqual(['empty', 'empty']);
  });

  it('ranks the submitted groups\' action points by votes, ties in group order; a group still editing is not ranked; the public state gives the same totals', () => {
    const { a, b } = boards();
    const s = session((x) => {
      x.ballot.votes = { v1: { 'ga:1': 2, 'gb:0': 1 }, v2: { 'gb:0': 2 }, v3: { 'gb:1': 1 } };
    });
    const input: PlenaryInput = { workshop, boards: { ga: a, gb: b }, session: s };
    const snap = derivePlenarySnapshot(input);
    expect(snap.ranking.map((r) => (r.kind === 'actionPoint' ? `${r.apKey}=${r.votes}` : r.kind))).toEqual(['ga:1=2', 'ga:0=0']);
    expect(derivePlenarySnapshot({ ...input, session: publicSessionState(s) })).toEqual(snap);
  });

  it('themes merge their action points in the ranking and keep the origins', () => {
    const { a, b } = boards();
    const s = session((x) => {
      x.ballot.votes = { v1: { 'ga:0': 1, 'gb:0': 1 }, v2: { 'ga:1': 1 } };
      x.themes = [{ id: 't1', title: 'Eén loket', apKeys: ['ga:0', 'gb:0'] }];
    });
    const snap = derivePlenarySnapshot({ workshop, boards: { ga: a, gb: b }, session: s });
    expect(snap.themes).toEqual([{ id: 't1', title: 'Eén loket', apKeys: ['ga:0', 'gb:0'], votes: 2 }]);
    expect(snap.ranking).toEqual([
      { kind: 'theme', themeId: 't1', title: 'Eén loket', apKeys: ['ga:0', 'gb:0'], votes: 2 },
      { kind: 'actionPoint', apKey: 'ga:1', groupId: 'ga', slot: 1, title: 'Buurtbemiddeling', votes: 1 },
    ]);
    expect(snap.groups[1]!.actionPoints[0].themeId).toBe('t1');
  });

  it('carries decisions, reveal and spotlight', () => {
    const { a, b } = boards();
    const decision = { status: 'parked' as const, history: [{ status: 'adopted' as const, at: 1 }, { status: 'parked' as const, at: 2 }] };
    const s = session((x) => {
      x.decisions['ga:0'] = decision;
      x.plenary.revealed = ['gb'];
      x.plenary.spotlight = { groupId: 'ga', slot: 0 };
    });
    const snap = derivePlenarySnapshot({ workshop, boards: { ga: a, gb: b }, session: s });
    expect(snap.groups[0]!.actionPoints[0].decision).toEqual(decision);
    expect(snap.groups.map((g) => g.revealed)).toEqual([false, true]);
    expect(snap.spotlight).toEqual({ groupId: 'ga', slot: 0 });
    const all = derivePlenarySnapshot({ workshop, boards: { ga: a, gb: b }, session: session((x) => { x.plenary.revealed = 'all'; }) });
    expect(all.groups.every((g) => g.revealed)).toBe(true);
  });

  it('is plain JSON and does not change the documents', () => {
    const { a, b } = boards();
    const before = Y.encodeStateAsUpdate(a);
    const snap = derivePlenarySnapshot({ workshop, boards: { ga: a, gb: b }, session: session() });
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(Y.encodeStateAsUpdate(a)).toEqual(before);
    expect(readActionPoints(a).submitted).toBe(true);
  });

  it('ballotItemsOf lists every action point that is not empty, of groups that submitted (issue 10)', () => {
    const { a, b } = boards();
    const snap = derivePlenarySnapshot({ workshop, boards: { ga: a, gb: b }, session: session() });
    const items = ballotItemsOf(snap, { open: true, votesPerPerson: 3 });
    expect(items.open).toBe(true);
    expect(items.items.map((i) => `${i.groupName}/${i.slot}: ${i.title}`)).toEqual([
      'Groep A/0: Meldpunt', 'Groep A/1: Buurtbemiddeling',
    ]);
  });
});
