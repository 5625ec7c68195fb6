import type * as Y from 'yjs';
import { boundsOf, centerOf, contains } from './geometry.ts';
import { byZ, readItem } from './readers.ts';
import { itemsOf } from './schema.ts';
import type { ItemRecord, SectionView } from './views.ts';

/*
 * Section membership is derived, never stored: an item belongs to the section that holds its
 * centre. A stored "sectionId" would need to be kept true on every move by every client, and
 * two concurrent moves could leave it pointing at a section the note is no longer in; a
 * derived one cannot go stale, and a note dropped into a section belongs to it at once.
 */

/** The kinds that can lie in a section. Sections, the case card and arrows never do. */
export const MEMBER_KINDS: ReadonlySet<ItemRecord['type']> = new Set(['note', 'text', 'shape', 'stroke']);

/** Every readable item of the board, by id. */
export function readRecords(doc: Y.Doc): Map<string, ItemRecord> {
  const records = new Map<string, ItemRecord>();
  itemsOf(doc).forEach((item, id) => {
    const record = readItem(id, item);
    if (record) records.set(id, record);
  });
  return records;
}

/** Sections front to back: where sections overlap, the front one gets the item. */
export function sectionsFrontToBack(records: Map<string, ItemRecord>): SectionView[] {
  const sections: SectionView[] = [];
  for (const r of records.values()) if (r.type === 'section') sections.push(r);
  return sections.sort(byZ).reverse();
}

/** The section holding the centre of `item`, or null (also for kinds that are never members). */
export function sectionFor(item: ItemRecord, frontToBack: readonly SectionView[]): string | null {
  if (!MEMBER_KINDS.has(item.type)) return null;
  const bounds = boundsOf(item);
  if (!bounds) return null;
  const c = centerOf(bounds);
  return frontToBack.find((s) => contains(s, c))?.id ?? null;
}

/** Item id -> section id for every item that lies in a section. */
export function membership(records: Map<string, ItemRecord>): Map<string, string> {
  const sections = sectionsFrontToBack(records);
  const result = new Map<string, string>();
  if (sections.length === 0) return result;
  for (const r of records.values()) {
    const s = sectionFor(r, sections);
    if (s) result.set(r.id, s);
  }
  return result;
}
