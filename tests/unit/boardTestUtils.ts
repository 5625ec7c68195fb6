import * as Y from 'yjs';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import type { CaretField } from '../../client/src/board/caret.ts';

/** One origin object per simulated person: undo tracks origins by identity. */
export const local: ChangeOrigin = { kind: 'local' };

/** A second replica of `doc`, as a peer that synced with it would hold. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc), 'remote');
  return copy;
}

/** Sends each side what the other lacks; `bFirst` delivers B's changes to A before A's to B. */
export function exchange(a: Y.Doc, b: Y.Doc, bFirst = false): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  if (bFirst) {
    Y.applyUpdate(a, toA, 'remote');
    Y.applyUpdate(b, toB, 'remote');
  } else {
    Y.applyUpdate(b, toB, 'remote');
    Y.applyUpdate(a, toA, 'remote');
  }
}

/**
 * Merges two diverged replicas of `base` into a third in the given order, and also syncs the
 * two with each other; returns the three docs. A test then checks that all three agree.
 */
export function mergeBothOrders(a: Y.Doc, b: Y.Doc, base: Y.Doc): { abThenBa: Y.Doc; baThenAb: Y.Doc } {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(base));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(base));
  const abThenBa = replicaOf(base);
  Y.applyUpdate(abThenBa, fromA, 'remote');
  Y.applyUpdate(abThenBa, fromB, 'remote');
  const baThenAb = replicaOf(base);
  Y.applyUpdate(baThenAb, fromB, 'remote');
  Y.applyUpdate(baThenAb, fromA, 'remote');
  exchange(a, b);
  return { abThenBa, baThenAb };
}

/** Records every update `doc` emits. */
export function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return updates;
}

/** Records the origin of every transaction on `doc`. */
export function recordOrigins(doc: Y.Doc): unknown[] {
  const origins: unknown[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
  return origins;
}

/** A small seeded PRNG, so that a failing fuzz run can be replayed from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text field as the browser holds it (value and selection), for the caret tests. */
export class CaretTestField implements CaretField {
  selectionStart = 0;
  selectionEnd = 0;
  constructor(public value: string) {}
  setSelectionRange(start: number, end: number): void {
    this.selectionStart = start;
    this.selectionEnd = end;
  }
  /** Types `s` at the caret, as the browser does before its input event. */
  type(s: string): void {
    this.value = this.value.slice(0, this.selectionStart) + s + this.value.slice(this.selectionEnd);
    this.setSelectionRange(this.selectionStart + s.length, this.selectionStart + s.length);
  }
}

/** A laptop of the caret tests: types at its caret, and takes the other's updates late. */
export interface TypingLaptop {
  inbox: unknown[];
  type(s: string): void;
  deliver(n?: number): void;
}

/** A types words.a and B words.b, keystrokes and late deliveries in a random order, as two laptops on a busy network. */
export function typeAtOnce(rand: () => number, a: TypingLaptop, b: TypingLaptop, words: { a: string; b: string }): void {
  let ia = 0;
  let ib = 0;
  while (ia < words.a.length || ib < words.b.length || a.inbox.length || b.inbox.length) {
    const r = rand();
    if (r < 0.3 && ia < words.a.length) a.type(words.a[ia++]!);
    else if (r < 0.6 && ib < words.b.length) b.type(words.b[ib++]!);
    else if (r < 0.8) a.deliver(1 + Math.floor(rand() * 3));
    else b.deliver(1 + Math.floor(rand() * 3));
  }
}
