import pg from 'pg';
import * as Y from 'yjs';
import type { GroupRecord, Storage, StoredDoc, TokenRecord, WorkshopRecord } from './Storage.ts';
import { SCHEMA, SCHEMA_LOCK, SQL } from './postgresSchema.ts';

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database` (DATABASE_URL). */
  connectionString: string;
  /** Connections this process may hold; each board write holds one for its commit. */
  poolSize?: number;
}

/**
 * The scale-out backend: the same Storage as sqliteStorage.ts on PostgreSQL, shared by every
 * Werkbord process. Each call resolves once PostgreSQL has committed (synchronous_commit on,
 * its default), so "stored before broadcast" holds as with SQLite.
 */
export async function openPostgresStorage({ connectionString, poolSize = 10 }: PostgresOptions): Promise<Storage> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle connection that PostgreSQL drops (a restart) must not crash the process; the
  // next query opens a new one.
  pool.on('error', () => undefined);
  await inTransaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await c.query(SCHEMA);
  });

  return {
    async createWorkshop(w, groups, tokens) {
      await inTransaction(pool, async (c) => {
        await c.query(SQL.insertWorkshop, [w.id, w.title, w.createdAt]);
        for (const g of groups) await c.query(SQL.insertGroup, [g.id, w.id, g.name, g.position]);
        for (const t of tokens) await c.query(SQL.insertToken, [t.hash, w.id, t.role, t.groupId, t.generation]);
      });
    },
    async getWorkshop(id) {
      const { rows } = await pool.query(SQL.getWorkshop, [id]);
      return rows[0] ? workshopOf(rows[0]) : undefined;
    },
    async listGroups(workshopId) {
      return (await pool.query<GroupRecord>(SQL.listGroups, [workshopId])).rows;
    },
    async findToken(hash) {
      return (await pool.query<TokenRecord>(SQL.findToken, [hash])).rows[0];
    },
    async listTokens(workshopId) {
      return (await pool.query<TokenRecord>(SQL.listTokens, [workshopId])).rows;
    },
    async replaceTokens(workshopId, tokens) {
      await inTransaction(pool, async (c) => {
        for (const t of tokens) {
          await c.query(SQL.deleteTokenOf, [workshopId, t.role, t.groupId]);
          await c.query(SQL.insertToken, [t.hash, workshopId, t.role, t.groupId, t.generation]);
        }
      });
    },
    async countWorkshops() {
      return (await pool.query<{ n: number }>(SQL.countWorkshops)).rows[0]?.n ?? 0;
    },
    async listWorkshops() {
      return (await pool.query(SQL.listWorkshops)).rows.map(workshopOf);
    },
    async deleteWorkshop(id) {
      await inTransaction(pool, async (c) => {
        // Document names are "<workshopId>/<groupId>": "/" + 1 is "0", so this range is the prefix.
        await c.query(SQL.deleteDocsOf, [`${id}/`, `${id}0`]);
        await c.query(SQL.deleteWorkshop, [id]);
      });
    },
    async appendUpdate(doc, update) {
      const { rows } = await pool.query<{ seq: string }>(SQL.appendUpdate, [doc, Buffer.from(update)]);
      return Number(rows[0]!.seq);
    },
    async loadDoc(doc): Promise<StoredDoc> {
      const { rows } = await pool.query<{ seq: string; data: Buffer }>(SQL.loadDoc, [doc]);
      return { updates: rows.map((r) => bytesOf(r.data)), lastSeq: Number(rows.at(-1)?.seq ?? 0) };
    },
    async compactDoc(doc, merged, uptoSeq) {
      await inTransaction(pool, async (c) => {
        await c.query(SQL.lockKey, [`doc:${doc}`]);
        // Another process may have appended rows up to `uptoSeq` that this one has not applied
        // yet (they reach it over Redis a moment later): the merged copy is united with the
        // rows it replaces, or compacting would delete an edit that only that row holds.
        const { rows } = await c.query<{ data: Buffer }>(SQL.loadUpTo, [doc, uptoSeq]);
        const union = Y.mergeUpdates([...rows.map((r) => bytesOf(r.data)), merged]);
        await c.query(SQL.deleteUpTo, [doc, uptoSeq]);
        await c.query(SQL.appendUpdate, [doc, Buffer.from(union)]);
      });
    },
    async getState(workshopId, key) {
      return (await pool.query<{ value: string }>(SQL.getState, [workshopId, key])).rows[0]?.value;
    },
    async setState(workshopId, key, value) {
      await pool.query(SQL.setState, [workshopId, key, value]);
    },
    async updateState(workshopId, key, change) {
      return inTransaction(pool, async (c) => {
        // One change of a workshop's session at a time across every process: two facilitators
        // on two processes must not both start from the same state.
        await c.query(SQL.lockKey, [`state:${workshopId}:${key}`]);
        const current = (await c.query<{ value: string }>(SQL.getState, [workshopId, key])).rows[0]?.value;
        const next = change(current);
        if (next === undefined) return current;
        await c.query(SQL.setState, [workshopId, key, next]);
        return next;
      });
    },
    async close() {
      // Safe to call twice, like the SQLite adapter's.
      if (!pool.ended) await pool.end();
    },
  };
}

async function inTransaction<T>(pool: pg.Pool, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await run(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** BIGINT comes back as a string (it may exceed 2^53); epoch milliseconds do not. */
function workshopOf(row: { id: string; title: string; createdAt: string }): WorkshopRecord {
  return { id: row.id, title: row.title, createdAt: Number(row.createdAt) };
}

function bytesOf(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
