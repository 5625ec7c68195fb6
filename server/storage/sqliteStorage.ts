import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as Y from 'yjs';
import { openPrivately } from './privateFiles.ts';
import type { GroupRecord, Storage, StoredDoc, TokenRecord, WorkshopRecord } from './Storage.ts';
import { purgeWal } from './walPurge.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS groups (
  id TEXT NOT NULL,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, id)
);
CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  group_id TEXT,
  generation INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS doc_updates (
  doc TEXT NOT NULL,
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_doc ON doc_updates (doc, seq);
CREATE TABLE IF NOT EXISTS workshop_state (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (workshop_id, key)
);
`;

const SQL = {
  insertWorkshop: 'INSERT INTO workshops (id, title, created_at) VALUES (?, ?, ?)',
  insertGroup: 'INSERT INTO groups (id, workshop_id, name, position) VALUES (?, ?, ?, ?)',
  insertToken: 'INSERT INTO tokens (hash, workshop_id, role, group_id, generation) VALUES (?, ?, ?, ?, ?)',
  getWorkshop: 'SELECT id, title, created_at AS createdAt FROM workshops WHERE id = ?',
  listGroups:
    'SELECT id, workshop_id AS workshopId, name, position FROM groups WHERE workshop_id = ? ORDER BY position',
  findToken:
    'SELECT hash, workshop_id AS workshopId, role, group_id AS groupId, generation FROM tokens WHERE hash = ?',
  listTokens:
    'SELECT hash, workshop_id AS workshopId, role, group_id AS groupId, generation FROM tokens WHERE workshop_id = ? ORDER BY role, group_id',
  // `IS` matches NULL too (the group of a role token).
  deleteTokenOf: 'DELETE FROM tokens WHERE workshop_id = ? AND role = ? AND group_id IS ?',
  countWorkshops: 'SELECT COUNT(*) AS n FROM workshops',
  listWorkshops: 'SELECT id, title, created_at AS createdAt FROM workshops ORDER BY created_at',
  deleteWorkshop: 'DELETE FROM workshops WHERE id = ?',
  deleteDocsOf: "DELETE FROM doc_updates WHERE doc >= ? AND doc < ?",
  appendUpdate: 'INSERT INTO doc_updates (doc, data) VALUES (?, ?)',
  loadDoc: 'SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq',
  loadUpTo: 'SELECT data FROM doc_updates WHERE doc = ? AND seq <= ? ORDER BY seq',
  deleteUpTo: 'DELETE FROM doc_updates WHERE doc = ? AND seq <= ?',
  getState: 'SELECT value FROM workshop_state WHERE workshop_id = ? AND key = ?',
  setState:
    'INSERT INTO workshop_state (workshop_id, key, value) VALUES (?, ?, ?) ON CONFLICT (workshop_id, key) DO UPDATE SET value = excluded.value',
} as const;

export interface SqliteOptions {
  dataDir: string;
  /** `normal` is durable against a process crash (kill -9); `full` also against power loss. */
  synchronous?: 'normal' | 'full';
}

/** The embedded default backend: one SQLite file `werkbord.db` in WAL mode. */
export function openSqliteStorage({ dataDir, synchronous = 'normal' }: SqliteOptions): Storage {
  const file = join(dataDir, 'werkbord.db');
  openPrivately(dataDir, file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, not merely unlinked: a deleted workshop's board
  // content must not linger in free pages of the file (docs/api.md, DELETE /api/workshops/:id).
  db.pragma('secure_delete = ON');
  db.exec(SCHEMA);
  addTokenGeneration(db);
  const stmt = Object.fromEntries(
    Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)]),
  ) as Record<keyof typeof SQL, Database.Statement>;

  const createWorkshop = db.transaction(
    (w: WorkshopRecord, groups: GroupRecord[], tokens: TokenRecord[]) => {
      stmt.insertWorkshop.run(w.id, w.title, w.createdAt);
      for (const g of groups) stmt.insertGroup.run(g.id, w.id, g.name, g.position);
      for (const t of tokens) stmt.insertToken.run(t.hash, w.id, t.role, t.groupId, t.generation);
    },
  );
  const replaceTokens = db.transaction((workshopId: string, tokens: TokenRecord[]) => {
    for (const t of tokens) {
      stmt.deleteTokenOf.run(workshopId, t.role, t.groupId);
      stmt.insertToken.run(t.hash, workshopId, t.role, t.groupId, t.generation);
    }
  });
  const deleteWorkshop = db.transaction((id: string) => {
    // Document names are "<workshopId>/<groupId>": "/" + 1 is "0", so this range is the prefix.
    stmt.deleteDocsOf.run(`${id}/`, `${id}0`);
    stmt.deleteWorkshop.run(id);
  });
  const updateState = db.transaction(
    (workshopId: string, key: string, change: (current: string | undefined) => string | undefined) => {
      const current = (stmt.getState.get(workshopId, key) as { value: string } | undefined)?.value;
      const next = change(current);
      if (next === undefined) return current;
      stmt.setState.run(workshopId, key, next);
      return next;
    },
  );
  const appendMany = db.transaction((batch: ReadonlyArray<{ docName: string; updates: Uint8Array[] }>) => batch.map(({ docName, updates }) => {
    let seq = 0;
    // better-sqlite3 binds a Uint8Array (its view only) as a blob: no copy into a Buffer.
    for (const update of updates) seq = Number(stmt.appendUpdate.run(docName, update).lastInsertRowid);
    return seq;
  }));
  const compact = db.transaction((doc: string, merged: Uint8Array, uptoSeq: number) => {
    // The contract (storageContract.ts) keeps a stored row that `merged` lacks: with one
    // process it never does, but the PostgreSQL adapter must, and both pass one suite.
    const rows = stmt.loadUpTo.all(doc, uptoSeq) as { data: Buffer }[];
    const union = Y.mergeUpdates([...rows.map((r) => bytesOf(r.data)), merged]);
    stmt.deleteUpTo.run(doc, uptoSeq);
    stmt.appendUpdate.run(doc, union);
  });

  return {
    async createWorkshop(w, groups, tokens) {
      createWorkshop(w, groups, tokens);
    },
    async getWorkshop(id) {
      return stmt.getWorkshop.get(id) as WorkshopRecord | undefined;
    },
    async listGroups(workshopId) {
      return stmt.listGroups.all(workshopId) as GroupRecord[];
    },
    async findToken(hash) {
      return stmt.findToken.get(hash) as TokenRecord | undefined;
    },
    async listTokens(workshopId) {
      return stmt.listTokens.all(workshopId) as TokenRecord[];
    },
    async replaceTokens(workshopId, tokens) {
      replaceTokens(workshopId, tokens);
    },
    async listWorkshops() {
      return stmt.listWorkshops.all() as WorkshopRecord[];
    },
    async countWorkshops() {
      return (stmt.countWorkshops.get() as { n: number }).n;
    },
    async deleteWorkshop(id) {
      deleteWorkshop(id);
      await purgeWal(db);
    },
    async appendUpdate(doc, update) {
      return Number(stmt.appendUpdate.run(doc, update).lastInsertRowid);
    },
    async appendUpdates(batch) {
      return appendMany(batch);
    },
    async loadDoc(doc): Promise<StoredDoc> {
      const rows = stmt.loadDoc.all(doc) as { seq: number; data: Buffer }[];
      return {
        updates: rows.map((r) => bytesOf(r.data)),
        lastSeq: rows.at(-1)?.seq ?? 0,
      };
    },
    async compactDoc(doc, merged, uptoSeq) {
      compact(doc, merged, uptoSeq);
    },
    async getState(workshopId, key) {
      return (stmt.getState.get(workshopId, key) as { value: string } | undefined)?.value;
    },
    async setState(workshopId, key, value) {
      stmt.setState.run(workshopId, key, value);
    },
    async updateState(workshopId, key, change) {
      return updateState(workshopId, key, change);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

/** Databases made before links could be rotated have no `generation` column: add it (all at 0). */
function addTokenGeneration(db: Database.Database): void {
  const columns = db.prepare('PRAGMA table_info(tokens)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'generation')) {
    db.exec('ALTER TABLE tokens ADD COLUMN generation INTEGER NOT NULL DEFAULT 0');
  }
}

function bytesOf(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
