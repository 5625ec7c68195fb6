import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, deleteItem } from '../../shared/board/notes.ts';
import { votesOf } from '../../shared/board/schema.ts';
import { addSection } from '../../shared/board/sections.ts';
import {
  DEFAULT_VOTES_PER_PERSON, castVote, clearVotes, myVotes, newVoterId, retractVote, setVotesPerPerson,
  voteCounts, votesLeft, votesPerPerson,
} from '../../shared/board/votes.ts';
import { Limits } from '../../shared/limits.ts';
import { exchange, local, mergeBothOrders, recordOrigins, replicaOf } from './boardTestUtils.ts';

const anna = 'voteranna1';
const bram = 'voterbram1';

function boardWithNotes(n: number): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const ids = Array.from({ length: n }, (_, i) => addNote(doc, { x: i * 250, y: 0, text: `idee ${i}` }, local));
  return { doc, ids };
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

describe('(B8) dot voting', () => {
  it(`each voter has ${DEFAULT_VOTES_PER_PERSON} votes by default; more are refused`, () => {
    const { doc, ids } = boardWithNotes(4);
    expect(votesPerPerson(doc)).toBe(DEFAULT_VOTES_PER_PERSON);
    expect(votesLeft(doc, anna)).toBe(3);
    const origins = recordOrigins(doc);
    expect(castVote(doc, anna, ids[0]!, local)).toEqual({ ok: true });
    expect(castVote(doc, anna, ids[0]!, local)).toEqual({ ok: true }); // two dots on one note
    expect(castVote(doc, anna, ids[1]!, local)).toEqual({ ok: true });
    expect(castVote(doc, anna, ids[2]!, local)).toEqual({ ok: false, reason: 'noVotesLeft' });
    expect(origins).toEqual([local, local, local]);
    expect(votesLeft(doc, anna)).toBe(0);
    expect(voteCounts(doc)).toEqual(new Map([[ids[0], 2], [ids[1], 1]]));
    expect(myVotes(doc, anna)).toEqual(new Map([[ids[0], 2], [ids[1], 1]]));
    expect(castVote(doc, bram, ids[2]!, local)).toEqual({ ok: true });
    expect(voteCounts(doc).get(ids[2]!)).toBe(1);
  });

  it('refuses votes on what cannot get votes and from a malformed voter id', () => {
    const { doc, ids } = boardWithNotes(1);
    const section = addSection(doc, { x: 0, y: 500 }, local);
    expect(castVote(doc, anna, section, local)).toEqual({ ok: false, reason: 'notVotable' });
    expect(castVote(doc, anna, 'missing', local)).toEqual({ ok: false, reason: 'notVotable' });
    expect(castVote(doc, 'Anna de Vries', ids[0]!, local)).toEqual({ ok: false, reason: 'badVoter' });
    expect(castVote(doc, 'a:1', ids[0]!, local)).toEqual({ ok: false, reason: 'badVoter' });
    expect(votesOf(doc).size).toBe(0);
  });

  it('retractVote takes one vote back; false when there is none', () => {
    const { doc, ids } = boardWithNotes(2);
    castVote(doc, anna, ids[0]!, local);
    castVote(doc, anna, ids[0]!, local);
    expect(retractVote(doc, anna, ids[0]!, local)).toBe(true);
    expect(voteCounts(doc).get(ids[0]!)).toBe(1);
    expect(votesLeft(doc, anna)).toBe(2);
    expect(retractVote(doc, anna, ids[1]!, local)).toBe(false);
    expect(retractVote(doc, bram, ids[0]!, local)).toBe(false); // not Bram's vote to take back
    expect(voteCounts(doc).get(ids[0]!)).toBe(1);
  });

  it('deleting a voted note hands the votes back', () => {
    const { doc, ids } = boardWithNotes(2);
    for (let i = 0; i < 3; i++) castVote(doc, anna, ids[0]!, local);
    expect(votesLeft(doc, anna)).toBe(0);
    deleteItem(doc, ids[0]!, local);
    expect(votesLeft(doc, anna)).toBe(3);
    expect(voteCounts(doc)).toEqual(new Map());
  });

  it('a vote slot pointing at a deleted item (concurrent delete) is not counted and is free', () => {
    const { doc, ids } = boardWithNotes(2);
    castVote(doc, anna, ids[0]!, local);
    // As a concurrent delete would leave it: the vote key stays, the item is gone.
    doc.getMap('items').delete(ids[0]!);
    expect(voteCounts(doc)).toEqual(new Map());
    expect(votesLeft(doc, anna)).toBe(3);
    expect(castVote(doc, anna, ids[1]!, local)).toEqual({ ok: true });
    expect(votesOf(doc).size).toBe(1); // the freed slot was reused
  });

  it('setVotesPerPerson clamps, and lowering it drops the votes that no longer count', () => {
    const { doc, ids } = boardWithNotes(1);
    setVotesPerPerson(doc, 5, local);
    for (let i = 0; i < 5; i++) castVote(doc, anna, ids[0]!, local);
    expect(voteCounts(doc).get(ids[0]!)).toBe(5);
    setVotesPerPerson(doc, 2, local);
    expect(voteCounts(doc).get(ids[0]!)).toBe(2);
    setVotesPerPerson(doc, 5, local);
    expect(voteCounts(doc).get(ids[0]!)).toBe(2); // they do not come back
    setVotesPerPerson(doc, 999, local);
    expect(votesPerPerson(doc)).toBe(Limits.maxVotesPerPerson);
    setVotesPerPerson(doc, -3, local);
    expect(votesPerPerson(doc)).toBe(0);
    expect(castVote(doc, anna, ids[0]!, local)).toEqual({ ok: false, reason: 'noVotesLeft' });
  });

  it('a hostile votesPerPerson or vote keys are ignored by the reader', () => {
    const { doc, ids } = boardWithNotes(1);
    doc.getMap('meta').set('votesPerPerson', 1e9);
    expect(votesPerPerson(doc)).toBe(DEFAULT_VOTES_PER_PERSON);
    doc.transact(() => {
      const votes = votesOf(doc);
      votes.set(`${anna}:7`, ids[0]); // slot beyond N
      votes.set('no-slot', ids[0]);
      votes.set(`${anna}:0`, 42);
      votes.set(`BAD VOTER:0`, ids[0]);
    });
    expect(voteCounts(doc)).toEqual(new Map());
    expect(votesLeft(doc, anna)).toBe(3);
  });

  it('clearVotes removes every vote', () => {
    const { doc, ids } = boardWithNotes(1);
    castVote(doc, anna, ids[0]!, local);
    castVote(doc, bram, ids[0]!, local);
    clearVotes(doc, local);
    expect(voteCounts(doc)).toEqual(new Map());
  });

  it('newVoterId gives opaque ids that castVote accepts', () => {
    const { doc, ids } = boardWithNotes(1);
    const id = newVoterId();
    expect(id).not.toBe(newVoterId());
    expect(castVote(doc, id, ids[0]!, local)).toEqual({ ok: true });
  });

  it(`refuses a vote beyond Limits.maxVoteEntries (${Limits.maxVoteEntries}) stored slots`, () => {
    const { doc, ids } = boardWithNotes(1);
    doc.transact(() => {
      for (let i = 0; i < Limits.maxVoteEntries; i++) votesOf(doc).set(`filler${i}:0`, ids[0]);
    });
    expect(() => castVote(doc, anna, ids[0]!, local)).toThrow(expect.objectContaining({ limit: 'maxVoteEntries' }));
  });
});

describe('(B8) concurrent votes past the limit', () => {
  it.each([false, true])('one voter on two laptops at once: at most N counted, same everywhere (B first: %s)', (bFirst) => {
    const { doc: base, ids } = boardWithNotes(6);
    castVote(base, anna, ids[0]!, local); // one vote already cast and synced
    const p = replicaOf(base);
    const q = replicaOf(base);
    // Each laptop sees two votes left and uses them, on different notes.
    castVote(p, anna, ids[1]!, local);
    castVote(p, anna, ids[2]!, local);
    castVote(q, anna, ids[3]!, local);
    castVote(q, anna, ids[4]!, local);
    expect(castVote(q, anna, ids[5]!, local)).toEqual({ ok: false, reason: 'noVotesLeft' });
    const { abThenBa, baThenAb } = mergeBothOrders(bFirst ? q : p, bFirst ? p : q, base);
    for (const d of [p, q, abThenBa, baThenAb]) {
      expect(total(voteCounts(d))).toBe(3);
      expect(votesLeft(d, anna)).toBe(0);
      expect(voteCounts(d)).toEqual(voteCounts(p));
    }
    expect(voteCounts(p).get(ids[0]!)).toBe(1);
  });

  it('two people vote at once, each past the limit: each has at most N, same on both docs', () => {
    const { doc: base, ids } = boardWithNotes(4);
    const p = replicaOf(base);
    const q = replicaOf(base);
    for (const id of ids) castVote(p, anna, id, local); // the fourth is refused
    for (const id of ids) castVote(q, bram, id, local);
    exchange(p, q);
    expect(myVotes(p, anna).size).toBe(3);
    expect(myVotes(p, bram).size).toBe(3);
    expect(total(voteCounts(p))).toBe(6);
    expect(voteCounts(q)).toEqual(voteCounts(p));
  });

  it('the facilitator lowers N while a participant casts a vote in a higher slot: not counted', () => {
    const { doc: base, ids } = boardWithNotes(3);
    castVote(base, anna, ids[0]!, local);
    castVote(base, anna, ids[1]!, local);
    const p = replicaOf(base);
    const q = replicaOf(base);
    setVotesPerPerson(p, 1, local);
    castVote(q, anna, ids[2]!, local); // slot 2, fine under N = 3
    const { abThenBa, baThenAb } = mergeBothOrders(p, q, base);
    for (const d of [p, q, abThenBa, baThenAb]) {
      expect(votesPerPerson(d)).toBe(1);
      expect(voteCounts(d)).toEqual(new Map([[ids[0], 1]]));
      expect(votesLeft(d, anna)).toBe(0);
    }
  });

  it('a vote and a retract of the same voter on two laptops converge', () => {
    const { doc: base, ids } = boardWithNotes(2);
    castVote(base, anna, ids[0]!, local);
    const p = replicaOf(base);
    const q = replicaOf(base);
    retractVote(p, anna, ids[0]!, local);
    castVote(q, anna, ids[1]!, local);
    exchange(p, q);
    expect(voteCounts(p)).toEqual(voteCounts(q));
    expect(total(voteCounts(p))).toBeLessThanOrEqual(3);
  });
});
