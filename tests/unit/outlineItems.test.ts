import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { addTextLabel } from '../../shared/board/labels.ts';
import { addNote } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { CASE_CARD_ID } from '../../shared/board/schema.ts';
import { addSection } from '../../shared/board/sections.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { describeItem, otherItems } from '../../client/src/board/outline/outlineItems.ts';
import { en } from '../../client/src/i18n/en.ts';
import { nl } from '../../client/src/i18n/nl.ts';
import { local } from './boardTestUtils.ts';

/** A t() over one language's strings, with i18next's {{name}} interpolation. */
const tOf = (messages: object) => ((key: string, options: Record<string, unknown> = {}) => {
  let value: unknown = messages;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  return String(value).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
}) as unknown as TFunction;

describe('outline items other than notes', () => {
  it('lists labels, shapes, drawings and arrows in their section; an arrow where its start lies', () => {
    const doc = new Y.Doc();
    const ideas = addSection(doc, { x: 0, y: 0, w: 600, h: 600, title: 'Ideeën' }, local);
    setCaseText(doc, 'Een casus', local);
    const label = addTextLabel(doc, { x: 20, y: 20, text: '  Let   op ' }, local);
    const empty = addTextLabel(doc, { x: 2000, y: 2000, text: '' }, local);
    const ellipse = addShape(doc, { shape: 'ellipse', x: 100, y: 300 }, local);
    const stroke = addStroke(doc, { points: [2000, 100, 2050, 150] }, local)!;
    const note = addNote(doc, { x: 2000, y: 600 }, local);
    const toSection = addArrow(doc, { from: label, to: ideas }, local)!;
    const toCase = addArrow(doc, { from: note, to: CASE_CARD_ID }, local)!;
    const fromStroke = addArrow(doc, { from: stroke, to: ellipse }, local)!;

    const items = otherItems(readBoard(doc));
    const where = new Map(items.map(({ item, sectionId }) => [item.id, sectionId]));
    expect(where.get(label)).toBe(ideas);
    expect(where.get(ellipse)).toBe(ideas);
    expect(where.get(toSection)).toBe(ideas);
    expect(where.get(empty)).toBe(null);
    expect(where.get(stroke)).toBe(null);
    expect(where.get(fromStroke)).toBe(null);

    const nlT = tOf(nl);
    const said = new Map(items.map(({ item }) => [item.id, describeItem(nlT, item)]));
    expect(said.get(label)).toBe('Tekst: Let   op');
    expect(said.get(empty)).toBe('Leeg tekstvak');
    expect(said.get(ellipse)).toBe('Ellips');
    expect(said.get(stroke)).toBe('Tekening');
    expect(said.get(toSection)).toBe('Pijl van tekst "Let op" naar sectie "Ideeën"');
    expect(said.get(fromStroke)).toBe('Pijl van tekening naar ellips');
    expect(said.get(toCase)).toBe('Pijl van lege notitie naar de casus');

    const enT = tOf(en);
    const arrow = items.find(({ item }) => item.id === toSection)!.item;
    expect(describeItem(enT, arrow)).toBe('Arrow from text "Let op" to section "Ideeën"');
  });
});
