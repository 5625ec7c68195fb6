import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import type { Storage } from '../storage/Storage.ts';
import type { BoardHooks } from '../yjs/boardHooks.ts';
import type { SharedDoc } from '../yjs/SharedDoc.ts';
import type { RedisConnection } from './redisConnections.ts';

/*
 * Board updates and presence between Werkbord processes, as one board extension (boardHooks.ts).
 * Each process subscribes to the channel of every document it has loaded and publishes what
 * its own sockets changed, after it is stored (afterStore). Updates from the channel are
 * applied with the remote origin: sent to this process's sockets, never stored or published
 * again. Message layout: 16 bytes of the sending process's id, one byte of kind, the payload.
 */

const ID_BYTES = 16;
const Kind = { update: 0, awareness: 1 } as const;
/** Unsent updates of one board are merged into one once this many wait (a long outage). */
const MERGE_UNSENT_AT = 64;

export const docChannel = (docName: string) => `wb:doc:${docName}`;

export interface DocFanoutOptions {
  pub: RedisConnection;
  sub: RedisConnection;
  storage: Storage;
  log: Logger;
}

export function createDocFanout({ pub, sub, storage, log }: DocFanoutOptions) {
  const self = randomBytes(ID_BYTES);
  const loaded = new Map<string, SharedDoc>();
  /**
   * Stored updates whose publish failed, per board. Another process reads what was stored
   * before its own subscriber came back (resync), but an edit made between that resync and
   * the return of this process's publisher would reach it by neither way: so they are
   * published again, merged, once the publisher is back.
   */
  const unsent = new Map<string, Uint8Array[]>();

  function publish(doc: SharedDoc, kind: number, payload: Uint8Array): void {
    const message = Buffer.concat([self, Buffer.of(kind), payload]);
    pub.publish(docChannel(doc.name), message).catch((err: unknown) => {
      log.debug({ err, doc: doc.name }, 'could not publish a board change');
      // Presence is sent again by the clients themselves; board updates are not.
      if (kind !== Kind.update) return;
      keepUnsent(doc.name, payload);
      // The publisher may have come back before this failure was reported.
      if (pub.isReady) publishUnsent();
    });
  }

  function keepUnsent(name: string, update: Uint8Array): void {
    const waiting = unsent.get(name) ?? [];
    waiting.push(update);
    unsent.set(name, waiting.length >= MERGE_UNSENT_AT ? [Y.mergeUpdates(waiting)] : waiting);
  }

  function publishUnsent(): void {
    for (const [name, updates] of unsent) {
      unsent.delete(name);
      const doc = loaded.get(name);
      if (doc) publish(doc, Kind.update, Y.mergeUpdates(updates));
    }
  }
  pub.on('ready', publishUnsent);

  function receive(doc: SharedDoc, message: Buffer): void {
    if (message.length <= ID_BYTES || self.equals(message.subarray(0, ID_BYTES))) return;
    const kind = message[ID_BYTES];
    const payload = new Uint8Array(message.buffer, message.byteOffset + ID_BYTES + 1, message.length - ID_BYTES - 1);
    try {
      if (kind === Kind.update) doc.applyRemote(payload);
      else if (kind === Kind.awareness) doc.applyRemoteAwareness(payload);
    } catch (err) {
      log.error({ err, doc: doc.name }, 'skipped an unreadable message from another process');
    }
  }

  /**
   * After Redis was away, each loaded document applies what storage holds beyond its own
   * state: the updates other processes stored while their messages could not arrive.
   */
  async function resync(): Promise<void> {
    await Promise.all([...loaded.values()].map(async (doc) => {
      try {
        const stored = await storage.loadDoc(doc.name);
        if (stored.updates.length === 0) return;
        const missing = Y.diffUpdate(Y.mergeUpdates(stored.updates), Y.encodeStateVector(doc.doc));
        doc.applyRemote(missing);
      } catch (err) {
        log.error({ err, doc: doc.name }, 'could not catch up a board after redis came back');
      }
    }));
  }

  const hooks: BoardHooks = {
    async beforeLoad(doc) {
      loaded.set(doc.name, doc);
      const subscribed = sub.subscribe(docChannel(doc.name), (message: Buffer) => receive(doc, message), true);
      // With Redis away the subscription waits for it (and the resync on its return covers
      // the gap): the board must still open on this process meanwhile.
      if (sub.isReady) await subscribed;
      else subscribed.catch((err: unknown) => log.warn({ err, doc: doc.name }, 'could not subscribe to a board'));
    },
    afterStore(doc, update, source) {
      if (source === 'local') publish(doc, Kind.update, update);
    },
    onAwareness(doc, update, source) {
      if (source === 'local') publish(doc, Kind.awareness, update);
    },
    async afterUnload(doc) {
      if (loaded.get(doc.name) === doc) {
        loaded.delete(doc.name);
        // Stored already: a process that loads the board later reads them from storage.
        unsent.delete(doc.name);
      }
      await sub.unsubscribe(docChannel(doc.name)).catch(() => undefined);
    },
  };
  return { hooks, resync };
}
