import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocFanout, docChannel } from '../../server/cluster/docFanout.ts';
import { openRedis, type RedisConnection } from '../../server/cluster/redisConnections.ts';
import { createLogger } from '../../server/logger.ts';
import { openSqliteStorage } from '../../server/storage/sqliteStorage.ts';
import type { Storage } from '../../server/storage/Storage.ts';
import { SharedDoc } from '../../server/yjs/SharedDoc.ts';
import { startRedis, type RedisServer } from '../helpers/redisServer.ts';

/*
 * The board fan-out between processes (server/cluster/docFanout.ts) on a real redis-server.
 * The two-process behaviour is in scaleOut.test.ts; here the one case that a whole cluster
 * cannot stage on demand: this process's publisher is away while its subscriber is not.
 */

const log = createLogger('silent');
let redis: RedisServer;
let dataDir: string;
let storage: Storage;
const connections: RedisConnection[] = [];

beforeAll(async () => {
  redis = await startRedis();
  dataDir = mkdtempSync(join(tmpdir(), 'werkbord-fanout-'));
  storage = openSqliteStorage({ dataDir });
});
afterAll(async () => {
  await Promise.all(connections.map((c) => (c.isOpen ? c.close() : undefined)));
  await storage?.close();
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function connect(name: string, failFast = false): Promise<RedisConnection> {
  const c = await openRedis(redis.url, log, name, failFast);
  connections.push(c);
  return c;
}

it('publishes a board edit again once its publisher is back, when the first publish failed', async () => {
  const [pub, sub, observer] = await Promise.all([connect('pub', true), connect('sub'), connect('observer')]);
  const fanout = createDocFanout({ pub, sub, storage, log });
  const doc = new SharedDoc('w1/g1', storage, log);
  await fanout.hooks.beforeLoad?.(doc);

  // What another process would receive: the message without the 16-byte id and the kind byte.
  const seen = new Y.Doc();
  const arrived = new Promise<void>((resolve) => {
    void observer.subscribe(docChannel(doc.name), (message: Buffer) => {
      Y.applyUpdate(seen, message.subarray(17));
      if (seen.getMap('notes').get('n1') === 'tijdens') resolve();
    }, true);
  });

  const edit = new Y.Doc();
  edit.getMap('notes').set('n1', 'tijdens');
  await pub.close();
  fanout.hooks.afterStore?.(doc, Y.encodeStateAsUpdate(edit), 'local');
  await pub.connect();

  await arrived;
  expect(seen.getMap('notes').get('n1')).toBe('tijdens');
  await doc.destroy();
});
