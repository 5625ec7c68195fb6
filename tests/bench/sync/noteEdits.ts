import * as Y from 'yjs';
import { addNote } from '../../../shared/board/notes.ts';
import { itemsOf } from '../../../shared/board/schema.ts';

/*
 * The edits of the sync bench, as a laptop makes them on a board (shared/board): one note per
 * laptop, and each edit moves that note and rewrites part of its text in one transaction, about
 * 240 bytes of Yjs update. Seeded, so that every server gets the same edits.
 *
 * Measuring rides on the note's own fields: `x` is the edit's sequence number (a drag to the
 * right) and `z` (bring to front) the wall-clock time it was made, so a receiver reads both
 * from the note it sees change and needs no side channel.
 */

const WORDS = [
  'gemeente', 'buurt', 'bewoners', 'plan', 'actie', 'overleg', 'subsidie', 'school', 'zorg',
  'vrijwilligers', 'wijkteam', 'budget', 'evaluatie', 'kwartaal', 'samen', 'energie', 'groen',
  'parkeren', 'fiets', 'jongeren', 'ouderen', 'markt', 'bibliotheek', 'afspraak', 'voorstel',
];
/** Characters replaced by one edit (a few words retyped). */
const CHUNK = 160;
/** Text a note keeps; well under Limits.noteTextLength. */
const NOTE_TEXT = 400;

/** A small seeded PRNG (mulberry32): the same sequence for every server. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words from the seeded generator, `length` characters. */
export function phrase(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += `${WORDS[Math.floor(random() * WORDS.length)]} `;
  return text.slice(0, length);
}

/** The wall clock in ms with sub-millisecond resolution, comparable across processes. */
export const wallNow = (): number => performance.timeOrigin + performance.now();

const LOCAL = { kind: 'local' } as const;

/** Adds the laptop's own note (sequence 0) and returns its id. */
export function addOwnNote(doc: Y.Doc, random: () => number): string {
  const id = addNote(doc, { x: 0, y: Math.floor(random() * 4000), text: phrase(random, NOTE_TEXT) }, LOCAL);
  return id;
}

/** One edit: moves the note to x = `seq`, stamps z with the time, retypes a chunk of its text. */
export function editNote(doc: Y.Doc, id: string, seq: number, random: () => number): void {
  const note = itemsOf(doc).get(id);
  if (!note) throw new Error(`note ${id} is gone`);
  const text = note.get('text') as Y.Text;
  const at = Math.floor(random() * (text.length - CHUNK));
  const insert = phrase(random, CHUNK);
  const y = Math.floor(random() * 4000);
  doc.transact(() => {
    note.set('x', seq);
    note.set('y', y);
    note.set('z', wallNow());
    text.delete(at, CHUNK);
    text.insert(at, insert);
  }, LOCAL);
}

/** Seeds a board with `count` notes of ordinary length (the late-joiner board). */
export function seedNotes(doc: Y.Doc, count: number, seed: number): void {
  const random = rng(seed);
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      addNote(doc, { x: (i % 50) * 220, y: Math.floor(i / 50) * 160, text: phrase(random, 40 + Math.floor(random() * 80)) }, LOCAL);
    }
  }, LOCAL);
}

/** Wall-clock ms of 2020-01-01: a `z` above it is an edit's timestamp, below it a stacking order. */
export const EDIT_EPOCH = 1_577_836_800_000;

/** Calls `onDelivery(seq, sentAt)` for every edit of someone else's note that `doc` receives. */
export function watchEdits(doc: Y.Doc, own: () => string | undefined, onDelivery: (delivered: number, sentAt: number) => void): void {
  const lastSeq = new Map<string, number>();
  itemsOf(doc).observeDeep((events) => {
    const now = wallNow();
    const changed = new Set<string>();
    for (const event of events) {
      // A note's own map (x, z) or its text changed; both lead to the note's id.
      let target: Y.AbstractType<unknown> = event.target;
      while (target._item && target._item.parent !== itemsOf(doc)) target = target._item.parent as Y.AbstractType<unknown>;
      if (target._item) changed.add(target._item.parentSub!);
      else if (event instanceof Y.YMapEvent) for (const key of event.keysChanged) changed.add(key);
    }
    for (const id of changed) {
      if (id === own()) continue;
      const note = itemsOf(doc).get(id);
      const seq = note?.get('x');
      const sentAt = note?.get('z');
      if (typeof seq !== 'number' || typeof sentAt !== 'number') continue;
      // Not an edit of the bench (a seeded note, or a laptop's note as it was created).
      if (sentAt < EDIT_EPOCH) {
        lastSeq.set(id, seq);
        continue;
      }
      const last = lastSeq.get(id);
      if (last !== undefined && seq <= last) continue;
      lastSeq.set(id, seq);
      // A note first seen mid-run (this laptop synced late) counts as one delivery, not all of its history.
      onDelivery(last === undefined ? 1 : seq - last, now - sentAt);
    }
  });
}
