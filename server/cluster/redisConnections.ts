import { createClient } from 'redis';
import type { Logger } from '../logger.ts';

function connect(url: string, failFast: boolean) {
  return createClient({ url, disableOfflineQueue: failFast, socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000) } });
}
export type RedisConnection = ReturnType<typeof connect>;

/**
 * Opens one Redis connection. Reconnects on its own (node-redis retries with backoff and
 * re-subscribes its channels before it says `ready` again); its errors are logged, never
 * thrown: an `error` event without a listener would end the process, and the board keeps
 * working on one process while Redis is away.
 *
 * @param failFast commands sent while disconnected fail at once instead of queueing: for the
 *   fan-out, whose losses are made good from storage on reconnect (docFanout.ts), so a long
 *   outage does not pile up a queue of stale messages.
 */
export async function openRedis(url: string, log: Logger, name: string, failFast = false): Promise<RedisConnection> {
  const client = connect(url, failFast);
  let down = false;
  client.on('error', (err: unknown) => {
    if (!down) log.warn({ err, connection: name }, 'redis connection lost; reconnecting');
    down = true;
  });
  client.on('ready', () => {
    if (down) log.info({ connection: name }, 'redis connection back');
    down = false;
  });
  await client.connect();
  return client;
}

/**
 * A publish whose failure (Redis away) is logged instead of rejected: @socket.io/redis-adapter
 * calls `publish` without a catch, and an unhandled rejection would end the process.
 */
export function publishSafely(client: RedisConnection, log: Logger): void {
  const publish = client.publish.bind(client);
  (client as { publish: unknown }).publish = ((channel: string, message: string | Buffer) => publish(channel, message).catch((err: unknown) => {
    log.debug({ err, channel }, 'redis publish failed');
    return 0;
  })) as typeof client.publish;
}
