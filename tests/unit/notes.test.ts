import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BoardLimitError, addNote, bringToFront, deleteItem, moveItem, readNotes, setNoteColor, setNoteText,
} from '../../shared/board/notes.ts';
import { BOARD_SCHEMA_VERSION, NOTE_SIZE, itemsOf, metaOf, type ChangeOrigin } from '../../shared/board/schema.ts';
import { Limits } from '../../shared/limits.ts';

const local: ChangeOrigin = { kind: 'local' };

/** A second replica of `doc`, as a peer that synced with it would hold. */
function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Sends each side what the other lacks, as the sync protocol's step 2 would. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** Records every update `doc` emits, so a test can deliver them elsewhere in any order. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return updates;
}

describe('note mutations', () => {
  it('addNote stores a complete note with defaults and stamps the schema version', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 10.4, y: 20.6, text: 'Wat speelt er?' }, local);
    expect(readNotes(doc)).toEqual([{
      id, type: 'note', x: 10, y: 21, w: NOTE_SIZE.w, h: NOTE_SIZE.h, color: 'yellow', z: 1, text: 'Wat speelt er?',
    }]);
    expect(metaOf(doc).get('schemaVersion')).toBe(BOARD_SCHEMA_VERSION);
    // The text is a Y.Text, so that two people typing in one note merge instead of overwrite.
    expect(itemsOf(doc).get(id)?.get('text')).toBeInstanceOf(Y.Text);
  });

  it('addNote gives each note its own id and a z above every other', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const b = addNote(doc, { x: 0, y: 0, color: 'pink' }, local);
    expect(a).not.toBe(b);
    expect(readNotes(doc).map((n) => [n.id, n.z, n.color])).toEqual([[a, 1, 'yellow'], [b, 2, 'pink']]);
  });

  it('addNote replaces a non-finite position by 0', () => {
    const doc = new Y.Doc();
    addNote(doc, { x: Number.NaN, y: Number.POSITIVE_INFINITY }, local);
    expect(readNotes(doc)[0]).toMatchObject({ x: 0, y: 0 });
  });

  it('each mutation is one transaction that carries the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const o1: ChangeOrigin = { kind: 'local', userId: 'u1' };
    const id = addNote(doc, { x: 0, y: 0, text: 'a' }, o1);
    setNoteText(doc, id, 'ab', o1);
    moveItem(doc, id, 5, 5, o1);
    setNoteColor(doc, id, 'green', o1);
    bringToFront(doc, id, o1);
    deleteItem(doc, id, o1);
    expect(origins).toHaveLength(6);
    for (const origin of origins) expect(origin).toBe(o1);
  });

  it('setNoteText replaces the text; an unchanged text writes nothing', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 0, y: 0, text: 'eerste versie' }, local);
    setNoteText(doc, id, 'tweede versie', local);
    expect(readNotes(doc)[0]?.text).toBe('tweede versie');
    const updates = recordUpdates(doc);
    setNoteText(doc, id, 'tweede versie', local);
    expect(updates).toHaveLength(0);
    setNoteText(doc, id, '', local);
    expect(readNotes(doc)[0]?.text).toBe('');
  });

  it('moveItem moves, keeps the old coordinate for a non-finite one, and ignores unknown ids', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 1, y: 2 }, local);
    moveItem(doc, id, 300.2, 400.7, local);
    expect(readNotes(doc)[0]).toMatchObject({ x: 300, y: 401 });
    moveItem(doc, id, Number.NaN, 50, local);
    expect(readNotes(doc)[0]).toMatchObject({ x: 300, y: 50 });
    expect(() => moveItem(doc, 'unknown', 1, 1, local)).not.toThrow();
  });

  it('setNoteColor accepts only the known colours', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 0, y: 0 }, local);
    setNoteColor(doc, id, 'green', local);
    expect(readNotes(doc)[0]?.color).toBe('green');
    setNoteColor(doc, id, 'black' as never, local);
    expect(readNotes(doc)[0]?.color).toBe('green');
  });

  it('bringToFront puts the item above all others, so readNotes lists it last', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0, text: 'a' }, local);
    addNote(doc, { x: 0, y: 0, text: 'b' }, local);
    addNote(doc, { x: 0, y: 0, text: 'c' }, local);
    bringToFront(doc, a, local);
    expect(readNotes(doc).map((n) => n.text)).toEqual(['b', 'c', 'a']);
    expect(readNotes(doc).at(-1)?.z).toBe(4);
  });

  it('deleteItem removes the item and ignores unknown ids', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0, text: 'weg' }, local);
    addNote(doc, { x: 0, y: 0, text: 'blijft' }, local);
    deleteItem(doc, a, local);
    expect(readNotes(doc).map((n) => n.text)).toEqual(['blijft']);
    const updates = recordUpdates(doc);
    deleteItem(doc, a, local);
    expect(updates).toHaveLength(0);
  });
});

describe('board limits', () => {
  it(`refuses a note beyond Limits.maxItems (${Limits.maxItems}) with BoardLimitError`, () => {
    const doc = new Y.Doc();
    // Filled directly: addNote's z scan makes thousands of calls slow, and only the count matters.
    doc.transact(() => {
      for (let i = 0; i < Limits.maxItems - 1; i++) itemsOf(doc).set(`filler${i}`, new Y.Map());
    });
    expect(() => addNote(doc, { x: 0, y: 0 }, local)).not.toThrow();
    expect(itemsOf(doc).size).toBe(Limits.maxItems);
    expect(() => addNote(doc, { x: 0, y: 0 }, local)).toThrow(
      expect.objectContaining({ name: 'BoardLimitError', limit: 'maxItems' }),
    );
    expect(itemsOf(doc).size).toBe(Limits.maxItems);
  });

  it(`refuses a text longer than Limits.noteTextLength (${Limits.noteTextLength}) and keeps the old text`, () => {
    const doc = new Y.Doc();
    const longest = 'x'.repeat(Limits.noteTextLength);
    const id = addNote(doc, { x: 0, y: 0, text: longest }, local);
    expect(readNotes(doc)[0]?.text).toBe(longest);
    expect(() => addNote(doc, { x: 0, y: 0, text: `${longest}x` }, local)).toThrow(BoardLimitError);
    expect(readNotes(doc)).toHaveLength(1);
    setNoteText(doc, id, 'kort', local);
    expect(() => setNoteText(doc, id, `${longest}x`, local)).toThrow(
      expect.objectContaining({ name: 'BoardLimitError', limit: 'noteTextLength' }),
    );
    expect(readNotes(doc)[0]?.text).toBe('kort');
  });
});

describe('concurrent edits converge (two replicas, updates exchanged)', () => {
  it.each([
    ['A first', false],
    ['B first', true],
  ])('setNoteText edits only the changed part, so both edits survive (%s)', (_name, bFirst) => {
    const base = new Y.Doc();
    const id = addNote(base, { x: 0, y: 0, text: 'wij willen meer contact' }, local);
    const a = replicaOf(base);
    const b = replicaOf(base);
    const fromA = recordUpdates(a);
    const fromB = recordUpdates(b);
    setNoteText(a, id, 'wij willen echt meer contact', local);
    setNoteText(b, id, 'wij willen meer contact met de buren', local);

    // A third replica receives both edits in the order under test; A and B get each other's.
    const c = replicaOf(base);
    for (const u of bFirst ? [...fromB, ...fromA] : [...fromA, ...fromB]) Y.applyUpdate(c, u);
    for (const u of fromB) Y.applyUpdate(a, u);
    for (const u of fromA) Y.applyUpdate(b, u);

    const expected = 'wij willen echt meer contact met de buren';
    expect(readNotes(a)[0]?.text).toBe(expected);
    expect(readNotes(b)[0]?.text).toBe(expected);
    expect(readNotes(c)[0]?.text).toBe(expected);
  });

  it('a concurrent move of one note ends at the same position everywhere, one of the two', () => {
    const base = new Y.Doc();
    const id = addNote(base, { x: 0, y: 0 }, local);
    const a = replicaOf(base);
    const b = replicaOf(base);
    moveItem(a, id, 100, 200, local);
    moveItem(b, id, 300, 400, local);
    exchange(a, b);
    const pos = (d: Y.Doc) => ({ x: readNotes(d)[0]?.x, y: readNotes(d)[0]?.y });
    expect(pos(a)).toEqual(pos(b));
    // Never x of one move with y of the other.
    expect([{ x: 100, y: 200 }, { x: 300, y: 400 }]).toContainEqual(pos(a));
  });

  it('delete against a concurrent edit: the note is gone on both sides', () => {
    const base = new Y.Doc();
    const id = addNote(base, { x: 0, y: 0, text: 'oud' }, local);
    const keep = addNote(base, { x: 0, y: 0, text: 'blijft' }, local);
    const a = replicaOf(base);
    const b = replicaOf(base);
    deleteItem(a, id, local);
    setNoteText(b, id, 'nieuw', local);
    moveItem(b, id, 50, 50, local);
    exchange(a, b);
    expect(readNotes(a).map((n) => n.id)).toEqual([keep]);
    expect(readNotes(b).map((n) => n.id)).toEqual([keep]);
  });

  it('seeded fuzz: three replicas, random operations, random delivery order, same board', () => {
    // Pin a seed here when it once failed: [seed, ...].
    const seeds = [1, 2, 3, 42, 20240611];
    for (const seed of seeds) {
      const rand = mulberry32(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
      const base = new Y.Doc();
      addNote(base, { x: 0, y: 0, text: 'start' }, local);
      const docs = [replicaOf(base), replicaOf(base), replicaOf(base)];
      const inbox: Uint8Array[][] = docs.map(() => []);
      docs.forEach((d, i) => d.on('update', (u: Uint8Array, origin: unknown) => {
        if (origin === 'delivered') return;
        inbox.forEach((box, j) => j !== i && box.push(u));
      }));
      for (let step = 0; step < 200; step++) {
        const i = Math.floor(rand() * docs.length);
        const d = docs[i]!;
        const ids = readNotes(d).map((n) => n.id);
        const op = rand();
        if (op < 0.2 || ids.length === 0) addNote(d, { x: rand() * 500, y: rand() * 500, text: `n${step}` }, local);
        else if (op < 0.5) setNoteText(d, pick(ids), `${readNotes(d)[0]?.text ?? ''}${step}`.slice(-50), local);
        else if (op < 0.7) moveItem(d, pick(ids), rand() * 500, rand() * 500, local);
        else if (op < 0.8) setNoteColor(d, pick(ids), pick(['pink', 'blue', 'green'] as const), local);
        else if (op < 0.9) bringToFront(d, pick(ids), local);
        else deleteItem(d, pick(ids), local);
        // Deliver a random part of one inbox, in random order; the rest stays in flight.
        const box = inbox[Math.floor(rand() * inbox.length)]!;
        const target = docs[inbox.indexOf(box)]!;
        for (let k = Math.floor(rand() * (box.length + 1)); k > 0; k--) {
          const [u] = box.splice(Math.floor(rand() * box.length), 1);
          if (u) Y.applyUpdate(target, u, 'delivered');
        }
      }
      inbox.forEach((box, j) => {
        for (const u of box.splice(0).reverse()) Y.applyUpdate(docs[j]!, u, 'delivered');
      });
      const views = docs.map((d) => readNotes(d));
      expect(views[1], `seed ${seed}`).toEqual(views[0]);
      expect(views[2], `seed ${seed}`).toEqual(views[0]);
    }
  });
});

describe('readNotes tolerates items written by another (possibly hostile) client', () => {
  it('skips what is not a note and repairs bad fields without throwing', () => {
    const doc = new Y.Doc();
    const good = addNote(doc, { x: 5, y: 6, text: 'echt' }, local);
    const items = doc.getMap<unknown>('items');
    doc.transact(() => {
      items.set('string-item', 'geen map');
      items.set('number-item', 42);
      items.set('null-item', null);
      items.set('array-item', new Y.Array());
      items.set('no-type', new Y.Map());
      const drawing = new Y.Map<unknown>();
      drawing.set('type', 'drawing');
      items.set('drawing', drawing);
      const broken = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        type: 'note', x: 'links', y: null, w: Number.NaN, h: Number.POSITIVE_INFINITY,
        color: 'zwart', z: '9', text: 12345,
      })) broken.set(k, v);
      items.set('broken', broken);
      const plain = new Y.Map<unknown>();
      plain.set('type', 'note');
      plain.set('text', 'platte tekst');
      plain.set('z', -1);
      items.set('plain', plain);
    });
    let notes: ReturnType<typeof readNotes> = [];
    expect(() => { notes = readNotes(doc); }).not.toThrow();
    expect(notes).toEqual([
      { id: 'plain', type: 'note', x: 0, y: 0, w: NOTE_SIZE.w, h: NOTE_SIZE.h, color: 'yellow', z: -1, text: 'platte tekst' },
      { id: 'broken', type: 'note', x: 0, y: 0, w: NOTE_SIZE.w, h: NOTE_SIZE.h, color: 'yellow', z: 0, text: '' },
      { id: good, type: 'note', x: 5, y: 6, w: NOTE_SIZE.w, h: NOTE_SIZE.h, color: 'yellow', z: 1, text: 'echt' },
    ]);
  });

  it('mutations on a hostile item neither throw nor corrupt it further', () => {
    const doc = new Y.Doc();
    const items = doc.getMap<unknown>('items');
    const noText = new Y.Map<unknown>();
    noText.set('type', 'note');
    items.set('no-text', noText);
    expect(() => setNoteText(doc, 'no-text', 'hallo', local)).not.toThrow();
    expect(() => addNote(doc, { x: 0, y: 0 }, local)).not.toThrow();
    expect(readNotes(doc)).toHaveLength(2);
  });
});

/** A small seeded PRNG, so that a failing fuzz run can be replayed from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
