import * as Y from 'yjs';
import { coord, num } from './fields.ts';
import { getItem, nextZ } from './itemStore.ts';
import { membership, readRecords } from './membership.ts';
import { byZ } from './readers.ts';
import { itemsOf, votesOf, type ChangeOrigin } from './schema.ts';
import type { ItemRecord } from './views.ts';

/**
 * The items a selection acts on: the selected ones, the members of selected sections (a
 * section carries its notes), and arrows whose two ends are both included. Unknown ids drop out.
 */
export function expandSelection(doc: Y.Doc, ids: Iterable<string>, records = readRecords(doc)): string[] {
  const selected = new Set<string>();
  for (const id of ids) if (records.has(id)) selected.add(id);
  const sections = [...selected].filter((id) => records.get(id)?.type === 'section');
  if (sections.length > 0) {
    const wanted = new Set(sections);
    for (const [item, section] of membership(records)) if (wanted.has(section)) selected.add(item);
  }
  for (const r of records.values()) {
    if (r.type === 'arrow' && selected.has(r.from) && selected.has(r.to)) selected.add(r.id);
  }
  return [...selected];
}

/**
 * Moves a selection by (dx, dy) in one transaction: sections take their members along, and
 * arrows need no move (they follow their ends). Each position is written absolute, so two
 * people moving the same note end at one of their two positions, not at the sum.
 */
export function moveItems(doc: Y.Doc, ids: Iterable<string>, dx: number, dy: number, origin: ChangeOrigin): void {
  if (!Number.isFinite(dx) || !Number.isFinite(dy) || (dx === 0 && dy === 0)) return;
  const moving = expandSelection(doc, ids)
    .map((id) => getItem(doc, id))
    .filter((item): item is Y.Map<unknown> => item !== undefined && item.get('type') !== 'arrow');
  if (moving.length === 0) return;
  doc.transact(() => {
    for (const item of moving) {
      item.set('x', coord(num(item.get('x'), 0) + dx));
      item.set('y', coord(num(item.get('y'), 0) + dy));
    }
  }, origin);
}

/**
 * Deletes items in one transaction, with the arrows attached to any of them and the votes on
 * them (so those votes go back to their voters). A section is deleted without its notes:
 * wiping a whole section of the group's work by one click is too easy to do by accident.
 */
export function deleteItems(doc: Y.Doc, ids: Iterable<string>, origin: ChangeOrigin): void {
  const items = itemsOf(doc);
  const gone = new Set<string>();
  for (const id of ids) if (items.has(id)) gone.add(id);
  if (gone.size === 0) return;
  items.forEach((item, id) => {
    if (!(item instanceof Y.Map) || item.get('type') !== 'arrow') return;
    const from: unknown = item.get('from');
    const to: unknown = item.get('to');
    if ((typeof from === 'string' && gone.has(from)) || (typeof to === 'string' && gone.has(to))) gone.add(id);
  });
  const votes = votesOf(doc);
  const staleVotes: string[] = [];
  votes.forEach((itemId, key) => {
    if (typeof itemId === 'string' && gone.has(itemId)) staleVotes.push(key);
  });
  doc.transact(() => {
    for (const id of gone) items.delete(id);
    for (const key of staleVotes) votes.delete(key);
  }, origin);
}

/** Brings items to the front in one transaction, keeping their order among themselves. */
export function bringItemsToFront(doc: Y.Doc, ids: Iterable<string>, origin: ChangeOrigin): void {
  const records = readRecords(doc);
  const chosen: ItemRecord[] = [];
  for (const id of new Set(ids)) {
    const r = records.get(id);
    if (r) chosen.push(r);
  }
  if (chosen.length === 0) return;
  chosen.sort(byZ);
  doc.transact(() => {
    let z = nextZ(doc);
    for (const r of chosen) getItem(doc, r.id)?.set('z', z++);
  }, origin);
}
