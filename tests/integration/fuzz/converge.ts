import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readActionPoints } from '../../../shared/board/actionPointsRead.ts';
import { readBoard } from '../../../shared/board/readBoard.ts';
import { voteCounts } from '../../../shared/board/votes.ts';

/*
 * Convergence checks for the fuzz. A state vector alone is not enough: a deletion adds no
 * clock, only a delete-set entry, so two replicas with equal state vectors can still differ.
 * A Yjs snapshot is the state vector plus the delete set built from the struct store (with
 * maximal ranges, so it does not depend on how items were split): equal snapshots, equal
 * documents.
 */

export function sameSnapshot(a: Y.Doc, b: Y.Doc): boolean {
  return Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b));
}

/** Resolves once every doc holds the same snapshot, checked after each update; rejects after `timeoutMs`. */
export function untilConverged(docs: Y.Doc[], timeoutMs: number, describe: () => string): Promise<void> {
  const converged = () => docs.every((d) => sameSnapshot(d, docs[0]!));
  return new Promise((resolve, reject) => {
    if (converged()) return resolve();
    const check = () => {
      if (!converged()) return;
      done();
      resolve();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no convergence within ${timeoutMs} ms: ${describe()}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      for (const d of docs) d.off('update', check);
    };
    for (const d of docs) d.on('update', check);
  });
}

/** Resolves when the provider is connected and has done its sync with the server. */
export function untilSynced(provider: WebsocketProvider): Promise<void> {
  return new Promise((resolve) => {
    if (provider.wsconnected && provider.synced) return resolve();
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
}

/** Objects with their keys sorted: a Y.Map's key order depends on the order updates arrived in. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** The whole board as plain data: every root of the schema, and what the readers make of it. */
export function boardJson(doc: Y.Doc): string {
  const roots = Object.fromEntries(['meta', 'items', 'votes', 'actionPoints'].map((r) => [r, doc.getMap(r).toJSON()]));
  return JSON.stringify(sortKeys({
    roots,
    board: readBoard(doc),
    actionPoints: readActionPoints(doc),
    votes: [...voteCounts(doc)].sort(([a], [b]) => (a < b ? -1 : 1)),
  }));
}

/** Client id → clock, for a failure message. */
export function stateVectorOf(doc: Y.Doc): string {
  return JSON.stringify(Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(doc))));
}
