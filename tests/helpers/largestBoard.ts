import type * as Y from 'yjs';
import { ensureActionPoints, setActionText, setLead, setOtherParty, setParty, setTimeframe } from '../../shared/board/actionPoints.ts';
import { Party, SLOTS } from '../../shared/board/actionPointRules.ts';
import { addArrow } from '../../shared/board/arrows.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { addNote } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { addSection } from '../../shared/board/sections.ts';
import { Limits } from '../../shared/limits.ts';

/*
 * The largest board the limits allow (shared/limits.ts), drawn with the board model as any
 * client would: 5,000 items (a full case card, sections with full titles, 1,000 arrows and
 * the rest notes), the notes as long as the document size cap (maxDocBytes) lets them be (about
 * 1,800 of their 2,000 characters each), and both action points at their maximum lengths. It is
 * also the slowest to export: the notes overlap on a small area, so that the PDF draws their
 * text instead of leaving it out as too small, and half of them hold one unbroken word, which
 * the wrapping has to cut letter by letter.
 */

const local: ChangeOrigin = { kind: 'local' };
const SECTIONS = 10;
const WORDS = 'woonoverlast discriminatie buurtbemiddeling meldpunt corporatie wijkagent gesprek ';
/** Encoded bytes of a note without its text, and of an arrow, with room to spare (measured: 160-180, 138). */
const NOTE_BYTES = 200;
const ARROW_BYTES = 160;
/** Case card, sections and action points, generously. */
const FIXED_BYTES = 40_000;

/** A text of exactly `length` characters, different per `seed`. */
function text(seed: number, length: number, unbroken = false): string {
  const head = `#${seed} `;
  // ASCII only: one byte a character, so that the notes fill the size cap with the most text.
  const body = unbroken ? 'm'.repeat(length) : WORDS.repeat(Math.ceil(length / WORDS.length));
  return (head + body).slice(0, length);
}

/** The case card's text: the facilitator's to write (a participant's write of it is undone). */
export const LARGEST_CASE_TEXT = text(0, Limits.caseTextLength);

export interface DrawOptions {
  /** Items per transaction: a client sends each as one update (keep it under the frame limit). */
  batch?: number;
  /** Also write the case card (default); off for a participant's client, whose write is undone. */
  caseCard?: boolean;
}

/**
 * Writes the largest allowed board into `doc` (an empty one) in batches of `batch` items (400
 * notes are about 0.8 MB). The action points are written as well; on a board the server
 * created them on (the action step is open), that only fills them in.
 */
export function drawLargestBoard(doc: Y.Doc, { batch = 400, caseCard = true }: DrawOptions = {}): void {
  const arrows = Limits.maxArrows;
  if (caseCard) setCaseText(doc, LARGEST_CASE_TEXT, local);
  doc.transact(() => {
    for (let s = 0; s < SECTIONS; s++) {
      addSection(doc, { x: (s % 5) * 700, y: 300 + Math.floor(s / 5) * 1100, w: 680, h: 1080, title: text(s, Limits.sectionTitleLength) }, local);
    }
  }, local);
  const notes = Limits.maxItems - 1 - SECTIONS - arrows;
  const budget = Limits.maxDocBytes * 0.98 - FIXED_BYTES - arrows * ARROW_BYTES;
  const noteLength = Math.min(Limits.noteTextLength, Math.floor(budget / notes) - NOTE_BYTES);
  const ids: string[] = [];
  for (let start = 0; start < notes; start += batch) {
    doc.transact(() => {
      for (let i = start; i < Math.min(notes, start + batch); i++) {
        // A 16 × 10 grid of overlapping positions on a 3,500 × 2,200 area: small enough that
        // the PDF's scale keeps note text readable (above 2.5 pt).
        const x = (i % 16) * 210;
        const y = 300 + (Math.floor(i / 16) % 10) * 200;
        ids.push(addNote(doc, { x, y, text: text(i, noteLength, i % 2 === 1) }, local));
      }
    }, local);
  }
  for (let start = 0; start < arrows; start += batch) {
    doc.transact(() => {
      for (let i = start; i < Math.min(arrows, start + batch); i++) addArrow(doc, { from: ids[i]!, to: ids[i + 1]! }, local);
    }, local);
  }
  ensureActionPoints(doc, local);
  doc.transact(() => {
    for (const slot of SLOTS) {
      setActionText(doc, slot, 'title', text(slot, Limits.actionTitleLength), local);
      setActionText(doc, slot, 'body', text(slot, Limits.actionBodyLength), local);
      for (const party of Party) setParty(doc, slot, party, true, local);
      setOtherParty(doc, slot, text(slot, Limits.partyNameLength), local);
      setLead(doc, slot, Party[0], local);
      setTimeframe(doc, slot, text(slot, Limits.timeframeLength), local);
    }
  }, local);
}
