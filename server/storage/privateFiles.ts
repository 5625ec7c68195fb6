import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

/**
 * The data folder holds board content about real discrimination cases and the tokens' hashes:
 * only the server's own user may read it. The folder is 0700 and the database files 0600,
 * whatever the umask, and also when an older version left them world-readable (0755/0644).
 * SQLite gives its `-wal` and `-shm` files the mode of the database file, so creating that
 * one 0600 before SQLite opens it covers all three.
 */
export function openPrivately(dataDir: string, dbFile: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  restrict(dataDir, 0o700);
  if (!existsSync(dbFile)) closeSync(openSync(dbFile, 'a', 0o600));
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) {
    if (existsSync(file)) restrict(file, 0o600);
  }
}

function restrict(path: string, mode: number): void {
  if ((statSync(path).mode & 0o777) === mode) return;
  try {
    chmodSync(path, mode);
  } catch (err) {
    // A folder that belongs to another user (a mounted volume): the server can still run, but
    // the operator must hear of it. No logger exists yet at this point of the start.
    process.emitWarning(`could not make ${path} private (${(err as Error).message})`, 'WerkbordWarning');
  }
}
