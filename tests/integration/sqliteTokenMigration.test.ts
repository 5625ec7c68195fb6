import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../server/storage/sqliteStorage.ts';

let dataDir: string;
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('sqlite: a database from before links could be rotated', () => {
  it('gains the token generation column (0 for every token) and keeps its tokens working', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkbord-migrate-'));
    const old = new Database(join(dataDir, 'werkbord.db'));
    old.exec(`
      CREATE TABLE workshops (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at INTEGER NOT NULL);
      CREATE TABLE tokens (hash TEXT PRIMARY KEY, workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE, role TEXT NOT NULL, group_id TEXT);
      INSERT INTO workshops VALUES ('w1', 'Oud', 1);
      INSERT INTO tokens VALUES ('${'aa'.repeat(32)}', 'w1', 'organiser', NULL), ('${'bb'.repeat(32)}', 'w1', 'participant', 'g1');
    `);
    old.close();

    const storage = openSqliteStorage({ dataDir });
    try {
      expect(await storage.findToken('aa'.repeat(32))).toEqual({ hash: 'aa'.repeat(32), workshopId: 'w1', role: 'organiser', groupId: null, generation: 0 });
      await storage.replaceTokens('w1', [{ hash: 'cc'.repeat(32), workshopId: 'w1', role: 'participant', groupId: 'g1', generation: 1 }]);
      expect(await storage.findToken('bb'.repeat(32))).toBeUndefined();
      expect((await storage.listTokens('w1')).map((t) => [t.role, t.generation]).sort()).toEqual([['organiser', 0], ['participant', 1]]);
    } finally {
      await storage.close();
    }
    // Opening again does not try to add the column twice.
    await openSqliteStorage({ dataDir }).close();
  });
});
