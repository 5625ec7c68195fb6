import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actionText, ensureActionPoints, readActionPoints, setActionText } from '../../shared/board/actionPoints.ts';
import { keepCaret } from '../../client/src/board/caret.ts';
import { mapIndex, mergeComposition } from '../../client/src/board/composeMerge.ts';
import { CaretTestField as Field, local, mulberry32, replicaOf, typeAtOnce } from './boardTestUtils.ts';

/*
 * Issue 10, "Two people typing in one note", for the fields bound as the list view's note
 * field and the action-point title and body are bound (client/src/board/useSharedText.ts):
 * the field hears of nothing but the document, so keepCaret must follow each transaction on
 * its own (React renders later, perhaps after several remote updates), and a composition
 * (IME) must never have its field rewritten yet lose nobody's characters. Two Y.Docs stand for
 * two laptops; updates between them are delivered late and in random order.
 */

const remote = { kind: 'remote' } as const;


/** One laptop with action point 1's title open, bound as SharedTextField binds it (no sync calls). */
function laptop(doc: Y.Doc, caretAt: number) {
  const field = new Field(readActionPoints(doc).slots[0].title);
  field.setSelectionRange(caretAt, caretAt);
  const keeper = keepCaret(doc, field, () => actionText(doc, 0, 'title'), () => true);
  const inbox: Uint8Array[] = [];
  /** The field's input event, as useSharedText handles it. */
  const input = () => {
    if (!keeper.holding) setActionText(doc, 0, 'title', field.value, local, field.selectionEnd);
  };
  return {
    doc, field, keeper, inbox,
    type(s: string) {
      field.type(s);
      input();
    },
    /** One step of a composition: the browser replaces the composed stretch by `s`. */
    compose(from: number, s: string) {
      field.value = field.value.slice(0, from) + s + field.value.slice(field.selectionEnd);
      field.setSelectionRange(from + s.length, from + s.length);
      input();
    },
    endComposition() {
      const merged = keeper.compositionEnd();
      if (merged) setActionText(doc, 0, 'title', merged.value, local, merged.caret);
    },
    deliver(n = inbox.length) {
      for (const u of inbox.splice(0, n)) Y.applyUpdate(doc, u, remote);
    },
    title: () => readActionPoints(doc).slots[0].title,
  };
}

function twoLaptops(title: string, caretA: number, caretB: number, seed = 1) {
  const base = new Y.Doc();
  base.clientID = 1000 + seed;
  ensureActionPoints(base, local);
  setActionText(base, 0, 'title', title, local);
  const docA = replicaOf(base);
  const docB = replicaOf(base);
  docA.clientID = 1;
  docB.clientID = 2;
  const a = laptop(docA, caretA);
  const b = laptop(docB, caretB);
  docA.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== remote) b.inbox.push(u); });
  docB.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== remote) a.inbox.push(u); });
  return { a, b };
}

const caretOf = (f: Field) => [f.selectionStart, f.selectionEnd];

describe('a shared field follows the document on its own', () => {
  it('keeps the caret in its word through several remote updates that come before any render', () => {
    // Anna's caret after "Eén" in "Eén meldpunt"; Bram adds a word in front, then one at the end.
    const { a, b } = twoLaptops('Eén meldpunt', 3, 0);
    b.type('Samen: ');
    b.field.setSelectionRange(b.field.value.length, b.field.value.length);
    b.type(' voor iedereen');
    expect(a.inbox.length).toBeGreaterThan(1);
    a.deliver();
    expect(a.field.value).toBe('Samen: Eén meldpunt voor iedereen');
    expect(caretOf(a.field)).toEqual([10, 10]);
    // Anna goes on typing where she was: her word lands after her "Eén", not glued elsewhere.
    a.type(' centraal');
    b.deliver();
    expect(b.title()).toBe('Samen: Eén centraal meldpunt voor iedereen');
    expect(a.field.value).toBe(b.title());
  });

  it('is not fooled by repeated words: "ja| ja" stays after its own "ja" when "ja " is put in front', () => {
    const { a, b } = twoLaptops('ja ja', 2, 0);
    b.type('ja ');
    a.deliver();
    expect(caretOf(a.field)).toEqual([5, 5]);
    a.type('!');
    b.deliver();
    expect(b.title()).toBe('ja ja! ja');
  });

  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('seed %i: two people typing at once both keep their words and carets', (seed) => {
    const rand = mulberry32(seed);
    const { a, b } = twoLaptops('Meldpunt bij overlast', 8, 21, seed);
    const words = { a: ' voor de buurt', b: ' in de flat' };
    typeAtOnce(rand, a, b, words);
    const text = 'Meldpunt voor de buurt bij overlast in de flat';
    expect([a.title(), b.title(), a.field.value, b.field.value]).toEqual([text, text, text, text]);
    expect(a.field.selectionStart).toBe(text.indexOf(words.a) + words.a.length);
    expect(b.field.selectionStart).toBe(text.indexOf(words.b) + words.b.length);
  });
});

describe('a composition (IME) meets a group mate typing', () => {
  it('leaves the field alone while composing, then lays the composed text in at its place and keeps the other words', () => {
    const { a, b } = twoLaptops('caf open', 3, 0);
    // Anna composes "é" at her caret in two steps (a dead key, then the letter).
    a.keeper.compositionStart();
    a.compose(3, '´');
    b.deliver();
    expect(b.title()).toBe('caf´ open');
    // Bram types in front and at the end meanwhile.
    b.type('Het ');
    b.field.setSelectionRange(b.field.value.length, b.field.value.length);
    b.type(' tot tien');
    a.deliver();
    // Anna's field is not touched during her composition; her next step is held back.
    expect(a.field.value).toBe('caf´ open');
    expect(a.keeper.holding).toBe(true);
    a.compose(3, 'é');
    expect(a.title()).toBe('Het caf´ open tot tien');
    a.endComposition();
    expect(a.keeper.holding).toBe(false);
    expect(a.field.value).toBe('Het café open tot tien');
    expect(caretOf(a.field)).toEqual([8, 8]);
    a.type('!');
    b.deliver();
    expect([a.title(), b.title()]).toEqual(['Het café! open tot tien', 'Het café! open tot tien']);
  });

  it('writes live while no remote change comes (others see the composition), and merges nothing at its end', () => {
    const { a, b } = twoLaptops('wijk', 4, 0);
    a.keeper.compositionStart();
    a.compose(4, ' a');
    a.compose(5, 'aan');
    expect(a.keeper.holding).toBe(false);
    a.endComposition();
    b.deliver();
    expect(b.title()).toBe('wijk aan');
    expect(caretOf(a.field)).toEqual([8, 8]);
  });

  it('a remote delete of the word before the composition does not bring the deleted word back', () => {
    const { a, b } = twoLaptops('oude tekst hier', 15, 0);
    a.keeper.compositionStart();
    b.field.setSelectionRange(0, 5);
    b.type('');
    a.deliver();
    expect(a.field.value).toBe('oude tekst hier');
    a.compose(15, '!');
    a.endComposition();
    expect(a.field.value).toBe('tekst hier!');
    b.deliver();
    expect(b.title()).toBe('tekst hier!');
  });
});

describe('mapIndex and mergeComposition', () => {
  it('moves an index over inserts before it, not over one exactly at it, and into a deleted stretch', () => {
    expect(mapIndex(4, [{ insert: 'ab' }])).toBe(6);
    expect(mapIndex(4, [{ retain: 4 }, { insert: 'ab' }])).toBe(4);
    expect(mapIndex(4, [{ retain: 2 }, { delete: 1 }])).toBe(3);
    expect(mapIndex(4, [{ retain: 2 }, { delete: 5 }])).toBe(2);
    expect(mapIndex(4, [{ retain: 6 }, { delete: 5 }, { insert: 'x' }])).toBe(4);
  });

  it('lays the typed change into the current text', () => {
    expect(mergeComposition('ab', 'aXb', 2, [[{ insert: '12' }]], '12ab')).toEqual({ value: '12aXb', caret: 4 });
    expect(mergeComposition('ab', 'ab', 1, [[{ insert: '12' }]], '12ab')).toBeNull();
  });
});
