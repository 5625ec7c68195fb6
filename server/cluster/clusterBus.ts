import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { Limits } from '../../shared/limits.ts';
import type { Logger } from '../logger.ts';
import type { RedisConnection } from './redisConnections.ts';

/*
 * Control messages between Werkbord processes on one Redis channel: a workshop's session
 * state changed (it is stored before it is published), a workshop was deleted or renamed,
 * tokens were revoked. Validated like any external payload; a process ignores its own messages.
 */

export const BUS_CHANNEL = 'wb:bus';

const BusMessage = z.discriminatedUnion('kind', [
  // The state itself is read from storage: messages of two processes may arrive out of order.
  z.object({ kind: z.literal('session'), workshopId: z.string().max(64) }),
  z.object({ kind: z.literal('erase'), workshopId: z.string().max(64) }),
  z.object({ kind: z.literal('title'), workshopId: z.string().max(64), title: z.string().max(Limits.titleLength) }),
  z.object({ kind: z.literal('revoke'), workshopId: z.string().max(64), hashes: z.array(z.string().max(128)).max(1000) }),
]);
export type BusMessage = z.infer<typeof BusMessage>;
const Envelope = z.object({ from: z.string(), message: BusMessage });

export type BusHandler = (message: BusMessage) => void | Promise<void>;

export interface ClusterBus {
  publish(message: BusMessage): void;
  /** Registers the handler of other processes' messages (one per kind of concern). */
  on(handler: BusHandler): void;
}

export async function createClusterBus(pub: RedisConnection, sub: RedisConnection, log: Logger): Promise<ClusterBus> {
  const self = randomUUID();
  const handlers: BusHandler[] = [];
  await sub.subscribe(BUS_CHANNEL, (raw: string) => {
    let parsed: z.ZodSafeParseResult<z.infer<typeof Envelope>>;
    try {
      parsed = Envelope.safeParse(JSON.parse(raw));
    } catch {
      parsed = { success: false } as typeof parsed;
    }
    if (!parsed.success) {
      log.warn('ignored an invalid message from another process');
      return;
    }
    if (parsed.data.from === self) return;
    const message = parsed.data.message;
    for (const handle of handlers) {
      Promise.resolve(handle(message)).catch((err: unknown) => log.error({ err, kind: message.kind }, 'could not handle a message from another process'));
    }
  });
  return {
    publish(message) {
      pub.publish(BUS_CHANNEL, JSON.stringify({ from: self, message })).catch((err: unknown) => {
        log.warn({ err, kind: message.kind }, 'could not tell the other processes');
      });
    },
    on(handler) {
      handlers.push(handler);
    },
  };
}
