// Hocuspocus 3.4 with its SQLite extension, default settings (no auth hook; the extension
// stores the whole document, debounced, after changes), in the data folder given as argv[2].
import { join } from 'node:path';
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: join(process.argv[2] ?? '.', 'hocuspocus.sqlite') })],
});
await server.listen();
console.log(`listening on ${server.address.port}`);
process.on('SIGTERM', async () => {
  await server.destroy();
  process.exit(0);
});
