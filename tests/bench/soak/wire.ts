import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { messageSync } from 'y-websocket';
import type { BoardClient } from '../../helpers/yjsClient.ts';

/*
 * Frames a bench client sends past its provider, and a barrier: our server answers a sync step 1
 * only after every frame it received before on that socket is handled and stored, and sends
 * each socket's frames in order. So once the answer is in, everything the server broadcast to
 * this socket before it is in this client's doc too.
 */

/** Resolves when the server answered a fresh sync step 1 of this client; false after `timeoutMs`. */
export function roundTrip(client: BoardClient, timeoutMs = 15_000): Promise<boolean> {
  const p = client.provider;
  const ws = p.ws;
  if (!p.wsconnected || !ws) return Promise.resolve(false);
  const original = p.messageHandlers[messageSync]!;
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      if (p.messageHandlers[messageSync] === handler) p.messageHandlers[messageSync] = original;
      resolve(ok);
    };
    const handler: typeof original = (encoder, decoder, provider, emitSynced, type) => {
      const syncType = decoding.peekVarUint(decoder);
      original(encoder, decoder, provider, emitSynced, type);
      if (syncType === syncProtocol.messageYjsSyncStep2) finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    p.messageHandlers[messageSync] = handler;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, messageSync);
    syncProtocol.writeSyncStep1(e, p.doc);
    ws.send(encoding.toUint8Array(e));
  });
}

export interface PresenceEntry {
  clientId: number;
  clock: number;
  /** A state, or null to remove the client's presence. */
  state: unknown;
}

/** An awareness frame (y-websocket type 1) with any client ids and clocks, as a hostile laptop writes it. */
export function awarenessFrame(entries: PresenceEntry[]): Uint8Array<ArrayBuffer> {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer) as Uint8Array<ArrayBuffer>;
}

/** Resolves when the provider is connected and synced (reconnecting it if the server closed it for good). */
export function untilConnected(client: BoardClient, timeoutMs = 20_000): Promise<boolean> {
  const p = client.provider;
  if (p.wsconnected && p.synced) return Promise.resolve(true);
  if (!p.shouldConnect) p.connect();
  return new Promise((resolve) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      p.off('sync', onSync);
      resolve(true);
    };
    const timer = setTimeout(() => {
      p.off('sync', onSync);
      resolve(false);
    }, timeoutMs);
    p.on('sync', onSync);
  });
}
