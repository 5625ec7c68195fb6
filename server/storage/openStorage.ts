import type { Config } from '../config.ts';
import { openPostgresStorage } from './postgresStorage.ts';
import { openSqliteStorage } from './sqliteStorage.ts';
import type { Storage } from './Storage.ts';

/**
 * The storage of this process: PostgreSQL when DATABASE_URL is set (several processes share
 * it, docs/operations.md), else the embedded SQLite file in DATA_DIR. Both pass the same
 * contract suite (tests/integration/storageContract.ts).
 */
export async function openStorage(config: Config): Promise<Storage> {
  if (config.databaseUrl) {
    return openPostgresStorage({ connectionString: config.databaseUrl, poolSize: config.databasePoolSize });
  }
  return openSqliteStorage({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
}
