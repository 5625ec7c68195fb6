import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { checkWholeBoard } from '../../shared/board/boardSchema.ts';
import { checkBoardLimits } from '../../shared/board/checkLimits.ts';
import { pasteItems, serializeItems } from '../../shared/board/clipboard.ts';
import { duplicateItems } from '../../shared/board/duplicate.ts';
import { addTextLabel, setLabelText } from '../../shared/board/labels.ts';
import { addNote, deleteItem, moveItem, setNoteText } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { resizeItem } from '../../shared/board/resize.ts';
import { revealPrivateNotes } from '../../shared/board/reveal.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { addSection, moveSection, setSectionTitle } from '../../shared/board/sections.ts';
import { bringItemsToFront, deleteItems, moveItems } from '../../shared/board/selection.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { setItemColor } from '../../shared/board/style.ts';
import { applyTemplate } from '../../shared/board/templates.ts';
import { createUndoManager } from '../../shared/board/undo.ts';
import {
  castVote, myVotes, retractVote, setVotesPerPerson, voteCounts, votesPerPerson,
} from '../../shared/board/votes.ts';
import { local, mergeBothOrders, mulberry32, replicaOf } from './boardTestUtils.ts';

describe('two people at once, merged in both orders', () => {
  it('move the same note: all replicas end at one of the two positions', () => {
    const base = new Y.Doc();
    const id = addNote(base, { x: 0, y: 0 }, local);
    const a = replicaOf(base);
    const b = replicaOf(base);
    moveItems(a, [id], 100, 200, local);
    moveItem(b, id, 300, 400, local);
    const { abThenBa, baThenAb } = mergeBothOrders(a, b, base);
    const pos = (d: Y.Doc) => ({ x: readBoard(d).notes[0]?.x, y: readBoard(d).notes[0]?.y });
    for (const d of [b, abThenBa, baThenAb]) expect(pos(d)).toEqual(pos(a));
    expect([{ x: 100, y: 200 }, { x: 300, y: 400 }]).toContainEqual(pos(a));
  });

  it('one deletes a note while another edits, resizes, votes on and connects it: gone everywhere, no crash', () => {
    const base = new Y.Doc();
    const id = addNote(base, { x: 0, y: 0, text: 'oud' }, local);
    const other = addNote(base, { x: 400, y: 0, text: 'blijft' }, local);
    const a = replicaOf(base);
    const b = replicaOf(base);
    deleteItem(a, id, local);
    setNoteText(b, id, 'nieuw', local);
    resizeItem(b, id, { w: 300, h: 300 }, local);
    castVote(b, 'voterbram1', id, local);
    addArrow(b, { from: other, to: id }, local);
    const { abThenBa, baThenAb } = mergeBothOrders(a, b, base);
    for (const d of [a, b, abThenBa, baThenAb]) {
      expect(readBoard(d).notes.map((n) => n.id)).toEqual([other]);
      expect(readBoard(d).arrows).toEqual([]);
      expect(voteCounts(d)).toEqual(new Map());
      // Later edits of the deleted note are harmless no-ops.
      expect(() => setNoteText(d, id, 'nog eens', local)).not.toThrow();
      expect(() => moveSection(d, id, 1, 1, local)).not.toThrow();
    }
  });

  it('arrows follow an item that someone else moved while the arrow was drawn', () => {
    const base = new Y.Doc();
    const p = addNote(base, { x: 0, y: 0 }, local);
    const q = addNote(base, { x: 400, y: 0 }, local);
    const a = replicaOf(base);
    const b = replicaOf(base);
    addArrow(a, { from: p, to: q }, local);
    moveItem(b, q, 0, 400, local);
    const { abThenBa, baThenAb } = mergeBothOrders(a, b, base);
    for (const d of [a, b, abThenBa, baThenAb]) {
      expect(readBoard(d).arrows[0]).toMatchObject({ start: { x: 100, y: 140 }, end: { x: 100, y: 400 } });
    }
  });

  it('a note moved into a section while the section moves: membership agrees everywhere', () => {
    const base = new Y.Doc();
    const s = addSection(base, { x: 0, y: 0, w: 600, h: 600 }, local);
    const n = addNote(base, { x: 1000, y: 1000 }, local);
    const a = replicaOf(base);
    const b = replicaOf(base);
    moveSection(a, s, 0, 100, local);
    moveItem(b, n, 100, 100, local);
    const { abThenBa, baThenAb } = mergeBothOrders(a, b, base);
    for (const d of [b, abThenBa, baThenAb]) expect(readBoard(d)).toEqual(readBoard(a));
    expect(readBoard(a).notes[0]?.section).toBe(s);
  });

  it('two overlapping sections added at once: the same one gets the note everywhere', () => {
    const base = new Y.Doc();
    const n = addNote(base, { x: 100, y: 100 }, local);
    const a = replicaOf(base);
    const b = replicaOf(base);
    // Same z on both sides (both see the same max), so only the id decides which is in front.
    addSection(a, { x: 0, y: 0, w: 600, h: 600 }, local);
    addSection(b, { x: 50, y: 50, w: 600, h: 600 }, local);
    const { abThenBa, baThenAb } = mergeBothOrders(a, b, base);
    for (const d of [b, abThenBa, baThenAb]) expect(readBoard(d)).toEqual(readBoard(a));
    expect(readBoard(a).notes.find((x) => x.id === n)?.section).toBe(readBoard(a).sections.at(-1)?.id);
  });

  it('a paste between boards lands while the source changes: the copy is independent', () => {
    const source = new Y.Doc();
    const x = addNote(source, { x: 0, y: 0, text: 'x' }, local);
    const y = addNote(source, { x: 300, y: 0, text: 'y' }, local);
    addArrow(source, { from: x, to: y }, local);
    const data = serializeItems(source, [x, y]);
    const target = new Y.Doc();
    const t2 = replicaOf(target);
    pasteItems(target, data, { x: 0, y: 0 }, local);
    deleteItems(source, [x], local);
    addNote(t2, { x: 0, y: 500 }, local);
    const { abThenBa, baThenAb } = mergeBothOrders(target, t2, new Y.Doc());
    for (const d of [t2, abThenBa, baThenAb]) expect(readBoard(d)).toEqual(readBoard(target));
    expect(readBoard(target).arrows).toHaveLength(1);
    expect(readBoard(target).notes).toHaveLength(3);
  });
});

/*
 * Seeded convergence fuzz: three replicas, random operations from the whole model (undo
 * included), updates delivered in random order and at random times. At the end every replica
 * must read the same board and votes, and keep every limit. Pin a seed here when it once
 * failed; replay one with BOARD_FUZZ_SEEDS=123,456.
 */
const PINNED_SEEDS = [1, 2, 3, 7, 42, 1234, 20240611, 987654321];
const SEEDS = process.env.BOARD_FUZZ_SEEDS ? process.env.BOARD_FUZZ_SEEDS.split(',').map(Number) : PINNED_SEEDS;
const STEPS = 250;
const DELIVERED = 'delivered';

describe('seeded convergence fuzz', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(SEEDS)('seed %i: three replicas converge to equal snapshots', (seed) => {
    try {
      runFuzz(seed);
    } catch (err) {
      console.error(`board fuzz failed with seed ${seed}; replay with BOARD_FUZZ_SEEDS=${seed}`);
      throw err;
    }
  });
});

function runFuzz(seed: number): void {
  const rand = mulberry32(seed);
  // Item ids and Yjs client ids from the seed too, so a failing run replays exactly.
  vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    const bytes = array as unknown as Uint8Array;
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
    return array;
  });
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
  const base = new Y.Doc();
  base.clientID = seed % 1000 + 1;
  addNote(base, { x: 0, y: 0, text: 'start' }, local);

  const origins: ChangeOrigin[] = [0, 1, 2].map((i) => ({ kind: 'local', userId: `p${i}` }));
  const docs = [0, 1, 2].map((i) => {
    const d = new Y.Doc();
    d.clientID = 1000 * (i + 1) + (seed % 997);
    Y.applyUpdate(d, Y.encodeStateAsUpdate(base), DELIVERED);
    return d;
  });
  const privates = docs.map(() => new Y.Doc());
  const undos = docs.map((d, i) => createUndoManager(d, origins[i]!, { captureTimeout: 0 }));
  // Voter 0 votes from two replicas (one person, two laptops); the others have their own.
  const voters = ['voterzero1', 'voterzero1', 'votertwo22'];
  const inbox: Uint8Array[][] = docs.map(() => []);
  docs.forEach((d, i) => d.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== DELIVERED) inbox.forEach((box, j) => j !== i && box.push(u));
  }));

  for (let step = 0; step < STEPS; step++) {
    const i = Math.floor(rand() * docs.length);
    const d = docs[i]!;
    const o = origins[i]!;
    const board = readBoard(d);
    const boxes = [...board.notes, ...board.texts, ...board.shapes].map((x) => x.id);
    const any = [...boxes, ...board.strokes.map((x) => x.id), ...board.sections.map((x) => x.id), ...board.arrows.map((x) => x.id)];
    const r = rand();
    const xy = () => ({ x: Math.round(rand() * 2000 - 500), y: Math.round(rand() * 2000 - 500) });
    if (r < 0.1 || boxes.length === 0) addNote(d, { ...xy(), text: `n${step}` }, o);
    else if (r < 0.14) addTextLabel(d, { ...xy(), text: `t${step}` }, o);
    else if (r < 0.17) addShape(d, { ...xy(), shape: rand() < 0.5 ? 'rect' : 'ellipse' }, o);
    else if (r < 0.2) addStroke(d, { points: Array.from({ length: 8 }, () => rand() * 800) }, o);
    else if (r < 0.25) addArrow(d, { from: pick(boxes)!, to: pick(boxes)! }, o);
    else if (r < 0.27) addSection(d, { ...xy(), w: 300 + rand() * 500, h: 300 + rand() * 500, title: `s${step}` }, o);
    else if (r < 0.34) setNoteText(d, pick(boxes)!, `${step}:${board.notes[0]?.text.slice(0, 20) ?? ''}`, o);
    else if (r < 0.36) setLabelText(d, pick(boxes)!, `label ${step}`, o);
    else if (r < 0.37) { const s = pick(board.sections); if (s) setSectionTitle(d, s.id, `${s.title.slice(0, 10)}+`, o); }
    else if (r < 0.45) moveItems(d, [pick(any)!, pick(any)!], rand() * 200 - 100, rand() * 200 - 100, o);
    else if (r < 0.48) { const s = pick(board.sections); if (s) moveSection(d, s.id, s.x + 50, s.y - 30, o); }
    else if (r < 0.5) resizeItem(d, pick(any)!, { w: 50 + rand() * 400, h: 50 + rand() * 400 }, o);
    else if (r < 0.55) deleteItems(d, [pick(any)!], o);
    else if (r < 0.57) duplicateItems(d, [pick(any)!, pick(any)!], o);
    else if (r < 0.59) {
      const from = docs[(i + 1) % docs.length]!;
      pasteItems(d, serializeItems(from, readBoard(from).notes.slice(0, 3).map((n) => n.id)), xy(), o);
    }
    else if (r < 0.68) castVote(d, voters[i]!, pick(boxes)!, o);
    else if (r < 0.71) { const mine = [...myVotes(d, voters[i]!).keys()]; if (mine.length) retractVote(d, voters[i]!, pick(mine)!, o); }
    else if (r < 0.72) setVotesPerPerson(d, 1 + Math.floor(rand() * 4), o);
    else if (r < 0.74) setCaseText(d, `casus ${step}`, o);
    else if (r < 0.75) applyTemplate(d, 'workshop', { caseText: `casus van ${i}` }, o);
    else if (r < 0.78) bringItemsToFront(d, [pick(any)!], o);
    else if (r < 0.8) setItemColor(d, pick(any)!, pick(['pink', 'blue', 'red', 'none'])!, o);
    else if (r < 0.84) addNote(privates[i]!, { ...xy(), text: `prive ${step}` }, o);
    else if (r < 0.86) revealPrivateNotes(privates[i]!, d, o);
    else if (r < 0.93) undos[i]!.undo();
    else undos[i]!.redo();

    // Now and then, deliver a random part of one inbox in random order; the rest stays in
    // flight, so replicas drift apart for a while and see each other's changes in new orders.
    if (rand() < 0.5) continue;
    const j = Math.floor(rand() * inbox.length);
    const box = inbox[j]!;
    for (let k = Math.floor(rand() * (box.length + 1)); k > 0; k--) {
      const [u] = box.splice(Math.floor(rand() * box.length), 1);
      if (u) Y.applyUpdate(docs[j]!, u, DELIVERED);
    }
  }
  inbox.forEach((box, j) => {
    for (const u of box.splice(0).reverse()) Y.applyUpdate(docs[j]!, u, DELIVERED);
  });

  const snapshots = docs.map((d) => readBoard(d));
  const votes = docs.map((d) => [...voteCounts(d)].sort());
  expect(snapshots[1], `seed ${seed}`).toEqual(snapshots[0]);
  expect(snapshots[2], `seed ${seed}`).toEqual(snapshots[0]);
  expect(votes[1], `seed ${seed}`).toEqual(votes[0]);
  expect(votes[2], `seed ${seed}`).toEqual(votes[0]);
  for (const d of docs) {
    expect(checkBoardLimits(d), `seed ${seed}`).toEqual([]);
    // What the model writes, merged in any order, is what the server's schema accepts.
    expect(checkWholeBoard(d), `seed ${seed}`).toEqual([]);
    // Whatever the merge, no voter has more than N counted votes.
    const counted = [...voteCounts(d).values()].reduce((a, b) => a + b, 0);
    expect(counted, `seed ${seed}`).toBeLessThanOrEqual(new Set(voters).size * votesPerPerson(d));
    for (const voter of new Set(voters)) {
      const counted = [...myVotes(d, voter).values()].reduce((a, b) => a + b, 0);
      expect(counted, `seed ${seed}`).toBeLessThanOrEqual(votesPerPerson(d));
    }
  }
  for (const u of undos) u.destroy();
}
