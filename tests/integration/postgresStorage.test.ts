import { afterAll, beforeAll } from 'vitest';
import { openPostgresStorage } from '../../server/storage/postgresStorage.ts';
import { startPostgres, type PostgresServer } from '../helpers/postgresServer.ts';
import { storageContract } from './storageContract.ts';

// One real PostgreSQL for this file, one fresh database per test.
let server: PostgresServer;
let count = 0;
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(() => server?.stop());

storageContract('postgresql (real server, loopback)', async () => {
  const name = `contract_${++count}`;
  const url = await server.createDatabase(name);
  return {
    storage: await openPostgresStorage({ connectionString: url }),
    reopen: () => openPostgresStorage({ connectionString: url }),
    cleanup: () => server.dropDatabase(name),
  };
});
