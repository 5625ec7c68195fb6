import type { Config } from '../config.ts';
import { openSqliteStorage } from './sqliteStorage.ts';
import type { Storage } from './Storage.ts';

/**
 * The storage of this process: PostgreSQL when DATABASE_URL is set (several processes share
 * it, docs/operations.md), else the embedded SQLite file in DATA_DIR. Both pass the same
 * contract suite (tests/integration/storageContract.ts). The PostgreSQL adapter (and `pg`) is
 * imported only when it is used: the embedded server does not carry its memory.
 */
export async function openStorage(config: Config): Promise<Storage> {
  if (config.databaseUrl) {
    const { openPostgresStorage } = await import('./postgresStorage.ts');
    return openPostgresStorage({ connectionString: config.databaseUrl, poolSize: config.databasePoolSize });
  }
  return openSqliteStorage({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
}
