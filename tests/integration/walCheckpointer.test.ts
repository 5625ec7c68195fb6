import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage, type SqliteStorage } from '../../server/storage/sqliteStorage.ts';

const dirs: string[] = [];
const open: SqliteStorage[] = [];

afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'werkbord-checkpoint-'));
  dirs.push(dir);
  return dir;
}

function openStorage(dataDir: string, checkpoint: 'worker' | 'inline' = 'worker'): SqliteStorage {
  const storage = openSqliteStorage({ dataDir, checkpoint });
  open.push(storage);
  return storage;
}

const walSize = (dataDir: string) => statSync(join(dataDir, 'werkbord.db-wal')).size;
const update = (i: number) => new Uint8Array(240).fill(i % 251);

/** Frames in the log that are not in the database file yet, as SQLite's own checkpoint reports them. */
function uncheckpointedFrames(dataDir: string): number {
  const db = new Database(join(dataDir, 'werkbord.db'));
  try {
    db.pragma('wal_autocheckpoint = 0');
    const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    return r!.log;
  } finally {
    // Closing a second connection leaves the log to the storage's.
    db.close();
  }
}

describe('WAL checkpoints in a worker thread (server/storage/walCheckpointer.ts)', () => {
  it('keeps the log bounded under a stream of small commits, and loses nothing', async () => {
    const dataDir = freshDir();
    const storage = openStorage(dataDir);
    // 3,000 commits of ~4 pages each are ~48 MiB of log without checkpoints.
    for (let i = 0; i < 3000; i++) {
      await storage.appendUpdates!([{ docName: `w/${i % 5}`, updates: [update(i)] }]);
      if (i % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(storage.checkpointer!.checkpoints).toBeGreaterThan(0);
    // A writer that never paused may have outrun the worker (the backstop bounds that); once
    // it pauses, the worker catches up and the next write starts the log again, cut back.
    let writes = 0;
    do {
      await storage.checkpointer!.flush();
      expect(storage.checkpointer!.last!.checkpointed).toBe(storage.checkpointer!.last!.log);
      await storage.appendUpdates!([{ docName: 'w/0', updates: [update(3000 + writes)] }]);
      writes++;
    } while (uncheckpointedFrames(dataDir) > 10 && writes < 5);
    expect(uncheckpointedFrames(dataDir)).toBeLessThanOrEqual(10);
    expect(walSize(dataDir)).toBeLessThanOrEqual(16 * 1024 * 1024);
    const docs = await Promise.all([0, 1, 2, 3, 4].map((d) => storage.loadDoc(`w/${d}`)));
    expect(docs.reduce((n, d) => n + d.updates.length, 0)).toBe(3000 + writes);
    expect([...docs[1]!.updates[0]!]).toEqual([...update(1)]);
  });

  it('leaves a delete able to purge the log (walPurge.ts), with the worker idle or busy', async () => {
    const dataDir = freshDir();
    const storage = openStorage(dataDir);
    await storage.createWorkshop({ id: 'gone', title: 'Weg', createdAt: 1 }, [{ id: 'g1', workshopId: 'gone', name: 'A', position: 0 }], []);
    for (let i = 0; i < 300; i++) await storage.appendUpdates!([{ docName: 'gone/g1', updates: [update(i)] }]);
    // The worker may be checkpointing right now: the purge waits for it and then truncates.
    await storage.deleteWorkshop('gone');
    expect(walSize(dataDir)).toBe(0);
    expect((await storage.loadDoc('gone/g1')).updates).toEqual([]);
  });

  it('closes cleanly: the worker stops and the last connection removes the log', async () => {
    const dataDir = freshDir();
    const storage = openStorage(dataDir);
    for (let i = 0; i < 250; i++) await storage.appendUpdates!([{ docName: 'w/a', updates: [update(i)] }]);
    await storage.close();
    open.splice(open.indexOf(storage), 1);
    expect(() => statSync(join(dataDir, 'werkbord.db-wal'))).toThrow();
    const again = openStorage(dataDir);
    expect((await again.loadDoc('w/a')).updates).toHaveLength(250);
  });

  it('loses no committed update when the process is killed (-9) while the worker checkpoints', async () => {
    const dataDir = freshDir();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures/appendUntilKilled.ts'), dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let out = '';
    const lines = () => out.split('\n').slice(0, -1);
    const acked = () => lines().filter((l) => /^\d+$/.test(l)).map(Number);
    const checkpoints = () => Math.max(0, ...lines().filter((l) => l.startsWith('checkpoints ')).map((l) => Number(l.slice(12))));
    // Several checkpoints done (one per 100 commits) and one likely under way: kill mid-stream.
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (acked().length >= 2500 && checkpoints() >= 3) resolve();
      });
    });
    child.kill('SIGKILL');
    await exited;
    const acknowledged = acked();
    const storage = openStorage(dataDir);
    const stored = new Set<number>();
    for (let d = 0; d < 7; d++) {
      for (const u of (await storage.loadDoc(`w/${d}`)).updates) stored.add(u[0]! | (u[1]! << 8) | (u[2]! << 16));
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(2500);
    expect(acknowledged.filter((i) => !stored.has(i))).toEqual([]);
  });
});
