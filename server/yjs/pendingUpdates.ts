import * as Y from 'yjs';

/*
 * Structs a client sent whose dependencies the server does not have yet. Yjs keeps such
 * structs in the document's store, where they are sent to every late joiner although they
 * were never integrated nor stored, and where any amount of them piles up (issue 8, finding 2).
 * So the server takes them out of the store after each update and keeps them per socket,
 * bounded in bytes and in time. They are applied again (as a transaction of that socket, judged
 * like any other) once the document has what they wait for, as Yjs itself would.
 */

export const PendingBounds = {
  /** Bytes of not-yet-applicable updates one socket may have outstanding. */
  maxBytes: 1024 * 1024,
  /** How long they may wait for their dependencies (PENDING_UPDATE_MS). */
  maxMs: 10_000,
} as const;

export interface PendingState {
  /** V1 updates, in the order they were left over. */
  parts: Uint8Array[];
  bytes: number;
  /** client → the clock it waits for; worth a retry once the document's state passes it. */
  missing: Map<number, number>;
  /** When the oldest part started waiting. */
  since: number;
}

/**
 * Moves whatever the last apply left pending out of `doc`'s store into the socket's pending
 * state (undefined when nothing waits at all).
 */
export function takePending(doc: Y.Doc, previous: PendingState | undefined, now: number): PendingState | undefined {
  const store = doc.store;
  const structs = store.pendingStructs;
  const ds = store.pendingDs;
  store.pendingStructs = null;
  store.pendingDs = null;
  if (!structs && !ds) return previous;
  const pending: PendingState = previous ?? { parts: [], bytes: 0, missing: new Map(), since: now };
  const wait = (client: number, clock: number) => {
    pending.missing.set(client, Math.min(clock, pending.missing.get(client) ?? Infinity));
  };
  // Yjs keeps these in its V2 encoding; the board channel speaks V1.
  if (structs) {
    add(pending, Y.convertUpdateFormatV2ToV1(structs.update));
    for (const [client, clock] of structs.missing) wait(client, clock);
  }
  if (ds) {
    const update = Y.convertUpdateFormatV2ToV1(ds);
    add(pending, update);
    // Deletions of structs not here yet: worth a retry once that client's state moves on.
    for (const client of Y.decodeUpdate(update).ds.clients.keys()) wait(client, Y.getState(store, client));
  }
  return pending;
}

function add(pending: PendingState, update: Uint8Array): void {
  pending.parts.push(update);
  pending.bytes += update.byteLength;
}

/** True when the document now has something the pending structs waited for. */
export function pendingReleased(doc: Y.Doc, pending: PendingState): boolean {
  for (const [client, clock] of pending.missing) {
    if (clock < Y.getState(doc.store, client)) return true;
  }
  return false;
}

/** The pending parts as one update, to apply again. */
export function mergedPending(pending: PendingState): Uint8Array {
  return pending.parts.length === 1 ? pending.parts[0]! : Y.mergeUpdates(pending.parts);
}

export function pendingTooLarge(pending: PendingState): boolean {
  return pending.bytes > PendingBounds.maxBytes;
}
