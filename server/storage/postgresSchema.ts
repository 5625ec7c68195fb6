/*
 * The PostgreSQL schema and statements of server/storage/postgresStorage.ts, beside each other
 * as in sqliteStorage.ts. Idempotent: every process runs SCHEMA at start, under an advisory
 * lock so that two processes starting at once do not race on CREATE TABLE.
 */

/** Any fixed number: the key of the advisory lock held while the schema is created. */
export const SCHEMA_LOCK = 0x5765726b;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at BIGINT NOT NULL
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
CREATE INDEX IF NOT EXISTS tokens_workshop ON tokens (workshop_id);
-- "C" collation: the prefix range of a deleted workshop ("w1/" up to "w10") must compare
-- bytes, not the locale's dictionary order, to stay exact and use the index.
CREATE TABLE IF NOT EXISTS doc_updates (
  seq BIGSERIAL PRIMARY KEY,
  doc TEXT COLLATE "C" NOT NULL,
  data BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_doc ON doc_updates (doc, seq);
CREATE TABLE IF NOT EXISTS workshop_state (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (workshop_id, key)
);
`;

const TOKEN_COLUMNS = 'hash, workshop_id AS "workshopId", role, group_id AS "groupId", generation';

export const SQL = {
  insertWorkshop: 'INSERT INTO workshops (id, title, created_at) VALUES ($1, $2, $3)',
  insertGroup: 'INSERT INTO groups (id, workshop_id, name, position) VALUES ($1, $2, $3, $4)',
  insertToken: 'INSERT INTO tokens (hash, workshop_id, role, group_id, generation) VALUES ($1, $2, $3, $4, $5)',
  getWorkshop: 'SELECT id, title, created_at AS "createdAt" FROM workshops WHERE id = $1',
  listGroups:
    'SELECT id, workshop_id AS "workshopId", name, position FROM groups WHERE workshop_id = $1 ORDER BY position',
  findToken: `SELECT ${TOKEN_COLUMNS} FROM tokens WHERE hash = $1`,
  listTokens: `SELECT ${TOKEN_COLUMNS} FROM tokens WHERE workshop_id = $1 ORDER BY role, group_id`,
  deleteTokenOf: 'DELETE FROM tokens WHERE workshop_id = $1 AND role = $2 AND group_id IS NOT DISTINCT FROM $3',
  countWorkshops: 'SELECT COUNT(*)::int AS n FROM workshops',
  listWorkshops: 'SELECT id, title, created_at AS "createdAt" FROM workshops ORDER BY created_at',
  deleteWorkshop: 'DELETE FROM workshops WHERE id = $1',
  deleteDocsOf: 'DELETE FROM doc_updates WHERE doc >= $1 AND doc < $2',
  appendUpdate: 'INSERT INTO doc_updates (doc, data) VALUES ($1, $2) RETURNING seq',
  loadDoc: 'SELECT seq, data FROM doc_updates WHERE doc = $1 ORDER BY seq',
  loadUpTo: 'SELECT data FROM doc_updates WHERE doc = $1 AND seq <= $2 ORDER BY seq',
  deleteUpTo: 'DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2',
  /** Serialises compactions and read-modify-writes of one key, across processes. */
  lockKey: 'SELECT pg_advisory_xact_lock(hashtext($1))',
  getState: 'SELECT value FROM workshop_state WHERE workshop_id = $1 AND key = $2',
  setState:
    'INSERT INTO workshop_state (workshop_id, key, value) VALUES ($1, $2, $3) ON CONFLICT (workshop_id, key) DO UPDATE SET value = excluded.value',
} as const;
