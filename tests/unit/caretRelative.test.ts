import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, readNotes, setNoteText } from '../../shared/board/notes.ts';
import { itemsOf } from '../../shared/board/schema.ts';
import { itemText, replaceText } from '../../shared/board/textEdit.ts';
import { keepCaret } from '../../client/src/board/caret.ts';
import { CaretTestField as Field, local, mulberry32, replicaOf, typeAtOnce } from './boardTestUtils.ts';

/*
 * Two people typing in one note (issue 10: "one person's caret jumped and words were glued
 * together"). Each editor keeps its caret as Yjs relative positions (caret.ts) and turns a
 * keystroke into an insert or delete at the caret (replaceText with the caret). Two Y.Docs
 * stand for the two laptops; updates between them are delivered late and in random order.
 */

const remote = { kind: 'remote' } as const;


/** One laptop: its doc, and an editor open on note `id` bound as ItemEditor binds it. */
function laptop(doc: Y.Doc, id: string, caretAt: number) {
  const field = new Field(readNotes(doc)[0]!.text);
  field.setSelectionRange(caretAt, caretAt);
  const keeper = keepCaret(doc, field, () => itemText(doc, id), () => true);
  // The canvas scene hears of changes by observeDeep and then syncs the editor.
  itemsOf(doc).observeDeep(() => keeper.sync(readNotes(doc)[0]!.text));
  const inbox: Uint8Array[] = [];
  return {
    doc, field, inbox,
    /** A keystroke: the field changes, then the model gets the text and the caret. */
    type(s: string) {
      field.type(s);
      setNoteText(doc, id, field.value, local, field.selectionEnd);
    },
    deliver(n = inbox.length) {
      for (const u of inbox.splice(0, n)) Y.applyUpdate(doc, u, remote);
    },
  };
}

function twoLaptops(text: string, caretA: number, caretB: number, seed = 1) {
  const base = new Y.Doc();
  base.clientID = 1000 + seed;
  const id = addNote(base, { x: 0, y: 0, text }, local);
  const docA = replicaOf(base);
  const docB = replicaOf(base);
  docA.clientID = 1;
  docB.clientID = 2;
  const a = laptop(docA, id, caretA);
  const b = laptop(docB, id, caretB);
  // What one laptop writes itself reaches the other later (its inbox).
  docA.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== remote) b.inbox.push(u); });
  docB.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== remote) a.inbox.push(u); });
  return { a, b, id };
}


const caretOf = (f: Field) => [f.selectionStart, f.selectionEnd];

describe('a caret on Yjs relative positions', () => {
  it('moves on by what a group mate typed before it, and stays for what they typed after it', () => {
    const { a, b } = twoLaptops('Buren praten', 5, 12);
    b.field.setSelectionRange(0, 0);
    b.type('Alle ');
    b.field.setSelectionRange(b.field.value.length, b.field.value.length);
    b.type(' weer');
    a.deliver();
    expect(a.field.value).toBe('Alle Buren praten weer');
    expect(caretOf(a.field)).toEqual([10, 10]);
  });

  it('is not fooled by repeated words: "ja| ja" stays after its own "ja" when "ja " is typed in front', () => {
    // A diff of "ja ja" → "ja ja ja" finds the change at the end and left the caret at 2: the
    // next letters went into the other person's word.
    const { a, b } = twoLaptops('ja ja', 2, 0);
    b.type('ja ');
    a.deliver();
    expect(a.field.value).toBe('ja ja ja');
    expect(caretOf(a.field)).toEqual([5, 5]);
    a.type('!');
    b.deliver();
    expect(b.field.value).toBe('ja ja! ja');
  });

  it('keeps a selection around the same words', () => {
    const { a, b } = twoLaptops('meer contact', 5, 0);
    a.field.setSelectionRange(5, 12);
    b.type('wij willen ');
    a.deliver();
    expect(a.field.value.slice(a.field.selectionStart, a.field.selectionEnd)).toBe('contact');
  });

  it('lands where the deleted text was when a group mate deletes the word around it', () => {
    const { a, b } = twoLaptops('een twee drie', 6, 0);
    b.field.setSelectionRange(4, 9);
    b.type('');
    setNoteText(b.doc, readNotes(b.doc)[0]!.id, b.field.value, local, b.field.selectionEnd);
    a.deliver();
    expect(a.field.value).toBe('een drie');
    expect(caretOf(a.field)).toEqual([4, 4]);
  });
});

describe('two people typing in one note at once', () => {
  // Twenty seeds; each run is a few hundred keystrokes and deliveries (well under a second).
  const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

  it.each(SEEDS)('seed %i: both words arrive whole, and each caret stays after its own word', (seed) => {
    const rand = mulberry32(seed);
    const { a, b, id } = twoLaptops('Buurtbemiddeling bij ruzie', 16, 26, seed);
    const words = { a: ' wel eerder', b: ' en snel inzetten' };
    typeAtOnce(rand, a, b, words);
    const text = readNotes(a.doc)[0]!.text;
    expect(readNotes(b.doc)[0]!.text).toBe(text);
    expect(text).toBe('Buurtbemiddeling wel eerder bij ruzie en snel inzetten');
    expect([a.field.value, b.field.value]).toEqual([text, text]);
    expect(a.field.selectionStart).toBe(text.indexOf(words.a) + words.a.length);
    expect(b.field.selectionStart).toBe(text.indexOf(words.b) + words.b.length);
    expect(itemText(a.doc, id)).not.toBeNull();
  });

  it.each(SEEDS)('seed %i: typing at the same spot at once, neither word is split by the other', (seed) => {
    const rand = mulberry32(seed);
    const { a, b } = twoLaptops('Meldpunt', 8, 8, seed);
    const words = { a: ' voor de buurt', b: ' bij de wijkagent' };
    typeAtOnce(rand, a, b, words);
    const text = readNotes(a.doc)[0]!.text;
    expect(readNotes(b.doc)[0]!.text).toBe(text);
    expect([`Meldpunt${words.a}${words.b}`, `Meldpunt${words.b}${words.a}`]).toContain(text);
    expect(a.field.selectionStart).toBe(text.indexOf(words.a) + words.a.length);
    expect(b.field.selectionStart).toBe(text.indexOf(words.b) + words.b.length);
  });
});

describe('replaceText with the caret', () => {
  /** Where replaceText inserted, as the Y.Text's own change event says. */
  function deltaOf(before: string, next: string, caret?: number) {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, before);
    let delta: unknown;
    text.observe((e) => { delta = e.delta; });
    doc.transact(() => replaceText(text, next, caret));
    expect(text.toString()).toBe(next);
    return delta;
  }

  it('puts a typed space at the caret, not after the space beside it', () => {
    expect(deltaOf('de buren', 'de  buren', 3)).toEqual([{ retain: 2 }, { insert: ' ' }]);
    expect(deltaOf('de buren', 'de  buren', 4)).toEqual([{ retain: 3 }, { insert: ' ' }]);
    // Without a caret, as before: as far right as the text allows.
    expect(deltaOf('de buren', 'de  buren')).toEqual([{ retain: 3 }, { insert: ' ' }]);
  });

  it('deletes at the caret: Backspace removes the letter before the caret, not an equal one beside it', () => {
    expect(deltaOf('aab', 'ab', 1)).toEqual([{ retain: 1 }, { delete: 1 }]);
    expect(deltaOf('aab', 'ab', 0)).toEqual([{ delete: 1 }]);
  });

  it('replaces a selection by what was typed over it, and keeps emoji whole', () => {
    expect(deltaOf('wij willen meer', 'wij gaan meer', 8)).toEqual([{ retain: 4 }, { delete: 6 }, { insert: 'gaan' }]);
    expect(deltaOf('a😀b', 'a😃b', 3)).toEqual([{ retain: 1 }, { delete: 2 }, { insert: '😃' }]);
  });
});
