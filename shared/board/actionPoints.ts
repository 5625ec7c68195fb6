import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import {
  Party, SLOTS, validateActionPoint, type ActionPointProblem, type Slot,
} from './actionPointRules.ts';
import { actionPointsOf, isSubmitted, readActionPoints } from './actionPointsRead.ts';
import { itemsOf, type ChangeOrigin } from './schema.ts';
import { replaceText } from './textEdit.ts';

/*
 * A group's two action points in its board document (docs/board-schema.md, "Action points"):
 * root map `actionPoints` with slots '0' and '1', plus `submitted` and `submittedAt`.
 * Every mutation is one transaction with the caller's origin and returns whether it wrote:
 * false while submitted (read-only until the facilitator reopens; the server undoes such
 * updates from participants anyway) or when the named note does not exist.
 */

export { ACTION_POINTS_ROOT, actionPointsOf, actionText, isSubmitted, readActionPoints } from './actionPointsRead.ts';

type TextField = 'title' | 'body' | 'otherParty' | 'timeframe';
const maxLength: Record<TextField, number> = {
  title: Limits.actionTitleLength,
  body: Limits.actionBodyLength,
  otherParty: Limits.partyNameLength,
  timeframe: Limits.timeframeLength,
};

export class ActionPointLimitError extends Error {
  constructor(readonly field: TextField | 'lead' | 'sourceNoteIds') {
    super(`action point limit reached: ${field}`);
    this.name = 'ActionPointLimitError';
  }
}

/** Adds whatever part of a slot is missing; keeps what is there (another client's text). */
function fillSlot(root: Y.Map<unknown>, slot: Slot): Y.Map<unknown> {
  let map = root.get(String(slot));
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<unknown>();
    root.set(String(slot), map);
  }
  const m = map as Y.Map<unknown>;
  if (!(m.get('title') instanceof Y.Text)) m.set('title', new Y.Text());
  if (!(m.get('body') instanceof Y.Text)) m.set('body', new Y.Text());
  if (!(m.get('parties') instanceof Y.Map)) m.set('parties', new Y.Map<boolean>());
  if (!(m.get('sourceNoteIds') instanceof Y.Array)) m.set('sourceNoteIds', new Y.Array<string>());
  for (const key of ['otherParty', 'lead', 'timeframe']) if (typeof m.get(key) !== 'string') m.set(key, '');
  return m;
}

function complete(doc: Y.Doc): boolean {
  const root = actionPointsOf(doc);
  return SLOTS.every((slot) => {
    const m = root.get(String(slot));
    return m instanceof Y.Map && m.get('title') instanceof Y.Text && m.get('body') instanceof Y.Text
      && m.get('parties') instanceof Y.Map && m.get('sourceNoteIds') instanceof Y.Array
      && typeof m.get('lead') === 'string' && typeof m.get('otherParty') === 'string'
      && typeof m.get('timeframe') === 'string';
  }) && typeof root.get('submitted') === 'boolean';
}

/**
 * Creates both slots. The server calls this when the facilitator opens the action step:
 * two clients creating the same slot at once would each make their own nested texts, and
 * only one of the two would survive the merge, with whatever was typed into it.
 */
export function ensureActionPoints(doc: Y.Doc, origin: ChangeOrigin): boolean {
  if (complete(doc)) return false;
  doc.transact(() => {
    const root = actionPointsOf(doc);
    for (const slot of SLOTS) fillSlot(root, slot);
    if (typeof root.get('submitted') !== 'boolean') root.set('submitted', false);
    if (root.get('submittedAt') === undefined) root.set('submittedAt', null);
  }, origin);
  return true;
}

/** Runs `write` on the slot in one transaction, unless the action points are submitted. */
function editSlot(doc: Y.Doc, slot: Slot, origin: ChangeOrigin, write: (m: Y.Map<unknown>) => void): boolean {
  if (isSubmitted(doc)) return false;
  doc.transact(() => write(fillSlot(actionPointsOf(doc), slot)), origin);
  return true;
}

function checkLength(field: TextField, value: string): void {
  if (value.length > maxLength[field]) throw new ActionPointLimitError(field);
}

/**
 * Sets the title or the body (why and how) by a minimal edit, keeping concurrent typing;
 * `caret`, the editing person's caret after the edit, places it (replaceText).
 */
export function setActionText(
  doc: Y.Doc, slot: Slot, field: 'title' | 'body', next: string, origin: ChangeOrigin, caret?: number,
): boolean {
  checkLength(field, next);
  return editSlot(doc, slot, origin, (m) => void replaceText(m.get(field) as Y.Text, next, caret));
}

/** Ticks or unticks a party; unticking the lead party also clears the lead. */
export function setParty(doc: Y.Doc, slot: Slot, party: Party, on: boolean, origin: ChangeOrigin): boolean {
  if (!Party.includes(party)) return false;
  return editSlot(doc, slot, origin, (m) => {
    const parties = m.get('parties') as Y.Map<boolean>;
    if (on) parties.set(party, true);
    else {
      parties.delete(party);
      if (m.get('lead') === party) m.set('lead', '');
    }
  });
}

/** Names a party that is not in the list; a lead that was the old name follows the rename. */
export function setOtherParty(doc: Y.Doc, slot: Slot, text: string, origin: ChangeOrigin): boolean {
  checkLength('otherParty', text);
  return editSlot(doc, slot, origin, (m) => {
    const before = String(m.get('otherParty') ?? '').trim();
    m.set('otherParty', text);
    if (before && m.get('lead') === before) m.set('lead', text.trim());
  });
}

/** Sets the lead party: one of the ticked parties or the other party's name ('' clears). */
export function setLead(doc: Y.Doc, slot: Slot, lead: string, origin: ChangeOrigin): boolean {
  if (lead.length > Limits.partyNameLength) throw new ActionPointLimitError('lead');
  return editSlot(doc, slot, origin, (m) => m.set('lead', lead.trim()));
}

export function setTimeframe(doc: Y.Doc, slot: Slot, text: string, origin: ChangeOrigin): boolean {
  checkLength('timeframe', text);
  return editSlot(doc, slot, origin, (m) => m.set('timeframe', text));
}

/** Links a note as a source of the action point (once). */
export function linkNote(doc: Y.Doc, slot: Slot, noteId: string, origin: ChangeOrigin): boolean {
  if (!itemsOf(doc).has(noteId)) return false;
  return editSlot(doc, slot, origin, (m) => {
    const ids = m.get('sourceNoteIds') as Y.Array<string>;
    if (ids.toArray().includes(noteId)) return;
    if (ids.length >= Limits.maxSourceNotes) throw new ActionPointLimitError('sourceNoteIds');
    ids.push([noteId]);
  });
}

export function unlinkNote(doc: Y.Doc, slot: Slot, noteId: string, origin: ChangeOrigin): boolean {
  return editSlot(doc, slot, origin, (m) => {
    const ids = m.get('sourceNoteIds') as Y.Array<string>;
    const at = ids.toArray().indexOf(noteId);
    if (at >= 0) ids.delete(at, 1);
  });
}

/**
 * "Maak actiepunt van deze notitie": the note's first line becomes the title and the rest the
 * body (the whole text when the first line is too long for a title); the note is linked.
 */
export function startFromNote(doc: Y.Doc, slot: Slot, noteId: string, origin: ChangeOrigin): boolean {
  const note = itemsOf(doc).get(noteId);
  if (!(note instanceof Y.Map) || isSubmitted(doc)) return false;
  const raw = note.get('text');
  const text = (raw instanceof Y.Text ? raw.toString() : typeof raw === 'string' ? raw : '').trim();
  const [first = '', ...rest] = text.split('\n');
  const fits = first.trim().length <= Limits.actionTitleLength;
  const title = fits ? first.trim() : `${first.slice(0, Limits.actionTitleLength - 1).trimEnd()}…`;
  const body = (fits ? rest.join('\n') : text).trim().slice(0, Limits.actionBodyLength);
  doc.transact(() => {
    setActionText(doc, slot, 'title', title, origin);
    setActionText(doc, slot, 'body', body, origin);
    linkNote(doc, slot, noteId, origin);
  }, origin);
  return true;
}

export type SubmitResult = { ok: true } | { ok: false; problems: [ActionPointProblem[], ActionPointProblem[]] };

/** Submits both action points, or refuses with each slot's problems and writes nothing. */
export function submitActionPoints(doc: Y.Doc, origin: ChangeOrigin, now = Date.now()): SubmitResult {
  const view = readActionPoints(doc);
  const problems: [ActionPointProblem[], ActionPointProblem[]] = [
    validateActionPoint(view.slots[0]), validateActionPoint(view.slots[1]),
  ];
  if (problems[0].length > 0 || problems[1].length > 0) return { ok: false, problems };
  if (view.submitted) return { ok: true };
  doc.transact(() => {
    const root = actionPointsOf(doc);
    root.set('submitted', true);
    root.set('submittedAt', now);
  }, origin);
  return { ok: true };
}

/** Makes submitted action points editable again (the facilitator's "reopen"). */
export function reopenActionPoints(doc: Y.Doc, origin: ChangeOrigin): boolean {
  if (!isSubmitted(doc)) return false;
  doc.transact(() => {
    const root = actionPointsOf(doc);
    root.set('submitted', false);
    root.set('submittedAt', null);
  }, origin);
  return true;
}
