import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { BoardLimitError } from './errors.ts';
import { coord, num, size } from './fields.ts';
import { assertRoomFor, getItem, nextZ, putItem } from './itemStore.ts';
import { membership, readRecords, sectionFor, sectionsFrontToBack } from './membership.ts';
import { SECTION_SIZE, type ChangeOrigin } from './schema.ts';
import { moveItems } from './selection.ts';
import { setTextField } from './textEdit.ts';

export interface NewSection {
  x: number;
  y: number;
  w?: number;
  h?: number;
  title?: string;
}

/** Adds a section (a titled area that groups the items in it) and returns its id. */
export function addSection(doc: Y.Doc, input: NewSection, origin: ChangeOrigin, id?: string): string {
  assertRoomFor(doc, 1);
  const title = input.title ?? '';
  if (title.length > Limits.sectionTitleLength) throw new BoardLimitError('sectionTitleLength');
  let created = '';
  doc.transact(() => {
    created = putItem(doc, 'section', {
      x: coord(input.x),
      y: coord(input.y),
      w: size(input.w ?? SECTION_SIZE.w, SECTION_SIZE.w),
      h: size(input.h ?? SECTION_SIZE.h, SECTION_SIZE.h),
      z: nextZ(doc),
      title: new Y.Text(title),
    }, id);
  }, origin);
  return created;
}

/** Renames a section, editing only the changed part of its title. */
export function setSectionTitle(doc: Y.Doc, id: string, title: string, origin: ChangeOrigin, caret?: number): void {
  if (title.length > Limits.sectionTitleLength) throw new BoardLimitError('sectionTitleLength');
  setTextField(doc, id, 'title', title, origin, caret);
}

/**
 * The section that item `itemId` belongs to: the front-most section holding its centre, or
 * null. Notes, labels, shapes and strokes can belong to a section; other kinds never do.
 */
export function sectionOf(doc: Y.Doc, itemId: string): string | null {
  const records = readRecords(doc);
  const item = records.get(itemId);
  return item ? sectionFor(item, sectionsFrontToBack(records)) : null;
}

/** The ids of the items in a section, in no particular order. */
export function sectionMembers(doc: Y.Doc, sectionId: string): string[] {
  const members: string[] = [];
  for (const [item, section] of membership(readRecords(doc))) if (section === sectionId) members.push(item);
  return members;
}

/**
 * Moves a section's top-left corner to (x, y) and its members with it, in one transaction.
 * Membership is taken before the move: items under the section's new place do not come along.
 */
export function moveSection(doc: Y.Doc, id: string, x: number, y: number, origin: ChangeOrigin): void {
  const section = getItem(doc, id);
  if (!section || section.get('type') !== 'section') return;
  const dx = coord(x, num(section.get('x'), 0)) - num(section.get('x'), 0);
  const dy = coord(y, num(section.get('y'), 0)) - num(section.get('y'), 0);
  moveItems(doc, [id], dx, dy, origin);
}
