import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { addNote } from '../../shared/board/notes.ts';
import { addSection } from '../../shared/board/sections.ts';
import { castVote } from '../../shared/board/votes.ts';
import { BoardScene } from '../../client/src/board/canvas/BoardScene.ts';
import { itemLabel, labelTexts, readingOrder } from '../../client/src/board/canvas/itemLabel.ts';
import { nl } from '../../client/src/i18n/nl.ts';
import { local } from './boardTestUtils.ts';

/** A t() over the Dutch strings, with i18next's {{name}} interpolation and _one/_other plurals. */
const t = ((key: string, options: Record<string, unknown> = {}) => {
  const count = options.count as number | undefined;
  const path = count === undefined ? key : `${key}_${count === 1 ? 'one' : 'other'}`;
  let value: unknown = nl;
  for (const part of path.split('.')) value = (value as Record<string, unknown>)[part];
  return String(value).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
}) as unknown as TFunction;

describe('item labels (the canvas item list)', () => {
  it('names an item with its text, section, votes and who is typing in it', () => {
    const doc = new Y.Doc();
    addSection(doc, { x: 0, y: 0, w: 600, h: 600, title: 'Ideeën' }, local);
    const a = addNote(doc, { x: 10, y: 10, text: 'Buurtbemiddeling\neerder  inzetten' }, local);
    const b = addNote(doc, { x: 1000, y: 0 }, local);
    const arrow = addArrow(doc, { from: a, to: b }, local)!;
    castVote(doc, 'voter1aaaa', a, local);
    castVote(doc, 'voter2bbbb', a, local);
    const scene = new BoardScene(doc);
    const words = labelTexts(t);
    expect(itemLabel(words, scene, a, 'Anna')).toBe('Notitie: Buurtbemiddeling eerder inzetten, in sectie Ideeën, 2 stemmen, Anna bewerkt dit');
    expect(itemLabel(words, scene, b, null)).toBe('Lege notitie');
    expect(itemLabel(words, scene, arrow, null)).toBe('Pijl van Notitie: Buurtbemiddeling eerder inzetten naar Lege notitie');
  });

  it('lists the case first, then each section with its items by rows, then the rest; arrows after their start', () => {
    const doc = new Y.Doc();
    const right = addSection(doc, { x: 700, y: 300, w: 600, h: 600, title: 'Rechts' }, local);
    const left = addSection(doc, { x: 0, y: 300, w: 600, h: 600, title: 'Links' }, local);
    const outside = addNote(doc, { x: 0, y: 2000 }, local);
    const l2 = addNote(doc, { x: 300, y: 400 }, local);
    const l1 = addNote(doc, { x: 20, y: 410 }, local);
    const r1 = addNote(doc, { x: 720, y: 400 }, local);
    const arrow = addArrow(doc, { from: l1, to: r1 }, local)!;
    setCaseText(doc, 'Casus', local);
    const scene = new BoardScene(doc);
    expect(readingOrder(scene)).toEqual(['case', left, l1, arrow, l2, right, r1, outside]);
  });
});
