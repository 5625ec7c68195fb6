import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { randomId } from '../id.ts';
import { BoardLimitError } from './errors.ts';
import { BOARD_SCHEMA_VERSION, ItemKind, MetaKey, itemsOf, metaOf, type ItemMap } from './schema.ts';

/** The item stored under `id`, or undefined when there is none or it is not a map. */
export function getItem(doc: Y.Doc, id: string): ItemMap | undefined {
  const item: unknown = itemsOf(doc).get(id);
  return item instanceof Y.Map ? (item as ItemMap) : undefined;
}

/** The item's kind, or undefined for an unknown or missing `type`. */
export function kindOf(item: ItemMap | undefined): ItemKind | undefined {
  const type = item?.get('type');
  return ItemKind.includes(type as ItemKind) ? (type as ItemKind) : undefined;
}

/**
 * One above the highest finite `z` on the board. Non-finite values are skipped: a hostile
 * `z: Infinity` would otherwise make every later item Infinity too and break the order.
 */
export function nextZ(doc: Y.Doc): number {
  let max = 0;
  itemsOf(doc).forEach((item) => {
    const z = item instanceof Y.Map ? item.get('z') : undefined;
    if (typeof z === 'number' && Number.isFinite(z) && z > max) max = z;
  });
  return max + 1;
}

/** Throws BoardLimitError('maxItems') unless `count` more items fit on the board. */
export function assertRoomFor(doc: Y.Doc, count: number): void {
  if (itemsOf(doc).size + count > Limits.maxItems) throw new BoardLimitError('maxItems');
}

/** Writes `schemaVersion` the first time anything is written to a board. Call inside a transaction. */
export function stampSchemaVersion(doc: Y.Doc): void {
  const meta = metaOf(doc);
  if (meta.get(MetaKey.schemaVersion) === undefined) meta.set(MetaKey.schemaVersion, BOARD_SCHEMA_VERSION);
}

/**
 * Stores a new item with `fields` under `id` (a fresh random id by default). Call inside a
 * transaction, after the limit checks: it writes without checking.
 */
export function putItem(doc: Y.Doc, type: ItemKind, fields: Record<string, unknown>, id = randomId()): string {
  stampSchemaVersion(doc);
  const item: ItemMap = new Y.Map();
  item.set('type', type);
  for (const [key, value] of Object.entries(fields)) item.set(key, value);
  itemsOf(doc).set(id, item);
  return id;
}
