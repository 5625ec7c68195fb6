import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import {
  ensureActionPoints, reopenActionPoints, setActionText, setLead, setParty, setTimeframe, submitActionPoints, linkNote,
} from '../../../shared/board/actionPoints.ts';
import { Party, type Slot } from '../../../shared/board/actionPointRules.ts';
import { readActionPoints } from '../../../shared/board/actionPointsRead.ts';
import { addArrow } from '../../../shared/board/arrows.ts';
import { setCaseText } from '../../../shared/board/caseCard.ts';
import { addNote, moveItem, setNoteColor, setNoteText } from '../../../shared/board/notes.ts';
import { placeItems } from '../../../shared/board/placeItems.ts';
import { itemsOf, NoteColor, type ChangeOrigin } from '../../../shared/board/schema.ts';
import { addSection, moveSection, setSectionTitle } from '../../../shared/board/sections.ts';
import { deleteItems } from '../../../shared/board/selection.ts';
import { castVote, retractVote } from '../../../shared/board/votes.ts';

/*
 * Random board operations for the convergence fuzz, all through the board model (the same
 * functions the client calls), on whatever this replica holds right now: ids come from the
 * replica's own view, so an offline replica edits items that others may have deleted.
 */

export interface Actor {
  doc: Y.Doc;
  origin: ChangeOrigin;
  voterId: string;
  /** The facilitator may write the case card and reopen submitted action points. */
  facilitator: boolean;
}

type Op = (gen: prng.PRNG, a: Actor) => void;

function idsOf(doc: Y.Doc, types: readonly string[]): string[] {
  const ids: string[] = [];
  itemsOf(doc).forEach((item, id) => {
    if (item instanceof Y.Map && types.includes(item.get('type') as string)) ids.push(id);
  });
  return ids.sort();
}

const pick = (gen: prng.PRNG, ids: string[]): string | undefined => (ids.length ? prng.oneOf(gen, ids) : undefined);
const coord = (gen: prng.PRNG) => prng.int32(gen, -2000, 2000);
const words = (gen: prng.PRNG, n: number) => Array.from({ length: n }, () => prng.word(gen, 1, 8)).join(' ');
const slotOf = (gen: prng.PRNG): Slot => (prng.bool(gen) ? 0 : 1);

/** Inserts or deletes a few characters somewhere in the text: concurrent typing in one note. */
function editText(gen: prng.PRNG, text: string, max: number): string {
  const at = prng.int32(gen, 0, text.length);
  if (text.length > 0 && prng.real53(gen) < 0.3) return text.slice(0, at) + text.slice(at + prng.int32(gen, 1, 5));
  return (text.slice(0, at) + prng.word(gen, 1, 6) + text.slice(at)).slice(0, max);
}

function noteText(doc: Y.Doc, id: string): string {
  const t = itemsOf(doc).get(id)?.get('text');
  return t instanceof Y.Text ? t.toString() : '';
}

const ops: Array<[weight: number, name: string, op: Op]> = [
  [6, 'addNote', (g, a) => void addNote(a.doc, { x: coord(g), y: coord(g), text: words(g, 3), color: prng.oneOf(g, [...NoteColor]) }, a.origin)],
  [8, 'typeInNote', (g, a) => {
    const id = pick(g, idsOf(a.doc, ['note']));
    if (id) setNoteText(a.doc, id, editText(g, noteText(a.doc, id), 300), a.origin);
  }],
  [4, 'moveItem', (g, a) => {
    const id = pick(g, idsOf(a.doc, ['note', 'section']));
    if (id) moveItem(a.doc, id, coord(g), coord(g), a.origin);
  }],
  [3, 'placeItems', (g, a) => {
    const ids = idsOf(a.doc, ['note']).filter(() => prng.bool(g));
    placeItems(a.doc, ids.map((id) => ({ id, x: coord(g), y: coord(g) })), a.origin);
  }],
  [1, 'colour', (g, a) => {
    const id = pick(g, idsOf(a.doc, ['note']));
    if (id) setNoteColor(a.doc, id, prng.oneOf(g, [...NoteColor]), a.origin);
  }],
  [2, 'deleteItems', (g, a) => {
    const ids = idsOf(a.doc, ['note', 'arrow', 'section']).filter(() => prng.real53(g) < 0.2);
    deleteItems(a.doc, ids.slice(0, 3), a.origin);
  }],
  [2, 'addArrow', (g, a) => {
    const notes = idsOf(a.doc, ['note']);
    const from = pick(g, notes);
    const to = pick(g, notes);
    if (from && to && from !== to) addArrow(a.doc, { from, to }, a.origin);
  }],
  [3, 'vote', (g, a) => {
    const id = pick(g, idsOf(a.doc, ['note']));
    if (!id) return;
    if (prng.bool(g)) castVote(a.doc, a.voterId, id, a.origin);
    else retractVote(a.doc, a.voterId, id, a.origin);
  }],
  [1, 'addSection', (g, a) => void addSection(a.doc, { x: coord(g), y: coord(g), title: words(g, 2) }, a.origin)],
  [1, 'sectionTitle', (g, a) => {
    const id = pick(g, idsOf(a.doc, ['section']));
    if (id) setSectionTitle(a.doc, id, words(g, 2), a.origin);
  }],
  [1, 'moveSection', (g, a) => {
    const id = pick(g, idsOf(a.doc, ['section']));
    if (id) moveSection(a.doc, id, coord(g), coord(g), a.origin);
  }],
  [3, 'actionText', (g, a) => {
    const slot = slotOf(g);
    const field = prng.bool(g) ? 'title' : 'body';
    const current = readActionPoints(a.doc).slots[slot][field];
    setActionText(a.doc, slot, field, editText(g, current, field === 'title' ? 120 : 1200), a.origin);
  }],
  [2, 'actionFields', (g, a) => {
    const slot = slotOf(g);
    const party = prng.oneOf(g, [...Party]);
    setParty(a.doc, slot, party, prng.real53(g) < 0.7, a.origin);
    if (prng.bool(g)) setLead(a.doc, slot, party, a.origin);
    if (prng.bool(g)) setTimeframe(a.doc, slot, words(g, 2), a.origin);
    const note = pick(g, idsOf(a.doc, ['note']));
    if (note && prng.bool(g)) linkNote(a.doc, slot, note, a.origin);
  }],
  [1, 'submit', (g, a) => {
    // Completes both slots first, so that the submit is valid and later edits meet the rule.
    for (const slot of [0, 1] as const) {
      setActionText(a.doc, slot, 'title', `Actie ${prng.word(g, 3, 8)}`, a.origin);
      setActionText(a.doc, slot, 'body', words(g, 6), a.origin);
      setParty(a.doc, slot, 'gemeente', true, a.origin);
      setLead(a.doc, slot, 'gemeente', a.origin);
      setTimeframe(a.doc, slot, 'voor de zomer', a.origin);
    }
    submitActionPoints(a.doc, a.origin);
  }],
  [1, 'facilitator', (g, a) => {
    if (!a.facilitator) return;
    if (prng.bool(g)) reopenActionPoints(a.doc, a.origin);
    else setCaseText(a.doc, words(g, 5), a.origin);
  }],
];

const totalWeight = ops.reduce((sum, [w]) => sum + w, 0);

/** Runs one random operation on the actor's replica; returns its name (for a failure report). */
export function randomOp(gen: prng.PRNG, actor: Actor): string {
  let r = prng.int32(gen, 0, totalWeight - 1);
  for (const [weight, name, op] of ops) {
    if (r < weight) {
      op(gen, actor);
      return name;
    }
    r -= weight;
  }
  throw new Error('unreachable');
}

/** What the server does when the facilitator opens the action step: both slots, once. */
export function prepareBoard(actor: Actor): void {
  ensureActionPoints(actor.doc, actor.origin);
}
