import type * as Y from 'yjs';
import { BOARD_SCHEMA_VERSION, MetaKey, itemsOf, metaOf, votesOf, type ChangeOrigin } from './schema.ts';

/**
 * A named step from one schema version to the next. Two clients may run the same migration
 * on their replicas at the same moment, so a step must be merge-safe: write the same values
 * or the same fixed keys on every replica (never random ids, never relative changes).
 */
export interface BoardMigration {
  name: string;
  from: number;
  to: number;
  up(doc: Y.Doc): void;
}

/**
 * The migration path, oldest first. Version 0 is a board with content but no schemaVersion
 * (written before the model stamped it). Every later addition (text labels, shapes, arrows,
 * strokes, sections, case card, votes, templates) was additive and kept version 1.
 */
export const BOARD_MIGRATIONS: readonly BoardMigration[] = [
  {
    name: 'v0-stamp-schema-version',
    from: 0,
    to: 1,
    up(doc) {
      metaOf(doc).set(MetaKey.schemaVersion, 1);
    },
  },
];

export interface MigrateOptions {
  /** The path to follow; BOARD_MIGRATIONS by default (tests pass their own). */
  migrations?: readonly BoardMigration[];
  /** The version to reach; BOARD_SCHEMA_VERSION by default. */
  target?: number;
}

export type MigrationResult =
  | { ok: true; from: number; to: number; applied: string[] }
  | { ok: false; reason: 'newerVersion' | 'unknownVersion'; version: number };

/** The stored schema version: 0 for a board with content but no stamp, null for an empty doc. */
export function storedVersion(doc: Y.Doc): number | null {
  const v = metaOf(doc).get(MetaKey.schemaVersion);
  if (typeof v === 'number') return v;
  return itemsOf(doc).size > 0 || votesOf(doc).size > 0 ? 0 : null;
}

/**
 * Brings a board to BOARD_SCHEMA_VERSION by running the named migrations in order, all in one
 * transaction. An empty document is left alone (call it after the first sync, so a client
 * does not stamp a board it has not received yet). A board from a newer version, or with a
 * version no migration starts from, is not touched: a v1 reader still reads what it knows.
 */
export function migrateBoard(doc: Y.Doc, origin: ChangeOrigin, options: MigrateOptions = {}): MigrationResult {
  const migrations = options.migrations ?? BOARD_MIGRATIONS;
  const target = options.target ?? BOARD_SCHEMA_VERSION;
  const from = storedVersion(doc);
  if (from === null) return { ok: true, from: target, to: target, applied: [] };
  if (!Number.isInteger(from) || from < 0) return { ok: false, reason: 'unknownVersion', version: from };
  if (from > target) return { ok: false, reason: 'newerVersion', version: from };
  const steps: BoardMigration[] = [];
  for (let v = from; v < target;) {
    const step = migrations.find((m) => m.from === v);
    if (!step || step.to <= v) return { ok: false, reason: 'unknownVersion', version: from };
    steps.push(step);
    v = step.to;
  }
  if (steps.length > 0) {
    doc.transact(() => {
      for (const step of steps) step.up(doc);
      metaOf(doc).set(MetaKey.schemaVersion, target);
    }, origin);
  }
  return { ok: true, from, to: target, applied: steps.map((s) => s.name) };
}
