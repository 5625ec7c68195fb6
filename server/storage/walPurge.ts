import type Database from 'better-sqlite3';

/**
 * Copies every page of the write-ahead log into the database file and truncates the log to
 * zero bytes. With `secure_delete` the database file's copy of deleted rows is zeroed, but the
 * log still holds every earlier version of the changed pages (1,021 copies of a deleted
 * workshop's text were found in it) until SQLite happens to reuse that space: so a delete
 * calls this before it answers. A reader elsewhere (e.g. `sqlite3 .backup`) can block the
 * checkpoint; we retry for a while and then say so, rather than claim that nothing is left.
 */
export async function purgeWal(db: Database.Database, attempts = 20, pauseMs = 50): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  throw new Error('the write-ahead log is in use by another reader; deleted content may remain in werkbord.db-wal');
}
