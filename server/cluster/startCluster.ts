import { createAdapter } from '@socket.io/redis-adapter';
import type { Logger } from '../logger.ts';
import type { Storage } from '../storage/Storage.ts';
import { createClusterBus, type ClusterBus } from './clusterBus.ts';
import { createDocFanout } from './docFanout.ts';
import { openRedis, publishSafely } from './redisConnections.ts';
import type { BoardHooks } from '../yjs/boardHooks.ts';

export interface Cluster {
  /** Socket.IO's adapter: rooms and emits span every process (@socket.io/redis-adapter). */
  adapter: ReturnType<typeof createAdapter>;
  /** The board channel's fan-out extension (docFanout.ts). */
  boardHooks: BoardHooks;
  bus: ClusterBus;
  /** Called after Redis came back from an outage, once the channels are subscribed again. */
  onResync(handler: () => Promise<void>): void;
  close(): Promise<void>;
}

/**
 * Connects this process to the others through Redis (REDIS_URL): four connections, a
 * publisher and a subscriber each for Socket.IO's adapter and for the board fan-out and bus.
 */
export async function startCluster(url: string, storage: Storage, log: Logger): Promise<Cluster> {
  const [ioPub, ioSub, pub, sub] = await Promise.all([
    openRedis(url, log, 'socket.io pub'),
    openRedis(url, log, 'socket.io sub'),
    openRedis(url, log, 'fan-out pub', true),
    openRedis(url, log, 'fan-out sub'),
  ]);
  publishSafely(ioPub, log);
  const fanout = createDocFanout({ pub, sub, storage, log });
  const bus = await createClusterBus(pub, sub, log);
  const resyncHandlers: Array<() => Promise<void>> = [fanout.resync];
  // The first `ready` came with connect(); each later one follows an outage, after node-redis
  // subscribed our channels again: what was published meanwhile is read back from storage.
  sub.on('ready', () => {
    for (const resync of resyncHandlers) {
      resync().catch((err: unknown) => log.error({ err }, 'resync after redis outage failed'));
    }
  });
  return {
    adapter: createAdapter(ioPub, ioSub, { key: 'wb:io' }),
    boardHooks: fanout.hooks,
    bus,
    onResync: (handler) => resyncHandlers.push(handler),
    async close() {
      await Promise.all([ioPub, ioSub, pub, sub].map((c) => c.close().catch(() => undefined)));
    },
  };
}
