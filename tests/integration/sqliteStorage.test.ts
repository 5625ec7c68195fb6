import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage } from '../../server/storage/sqliteStorage.ts';
import { storageContract } from './storageContract.ts';

storageContract('sqlite (real file, WAL)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-sqlite-'));
  return {
    storage: openSqliteStorage({ dataDir }),
    reopen: async () => openSqliteStorage({ dataDir }),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
});
