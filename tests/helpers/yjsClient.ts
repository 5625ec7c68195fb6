import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';

export interface BoardClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  destroy(): void;
}

/**
 * A stock y-websocket client, as any Yjs app would connect. BroadcastChannel is off: in Node 20
 * two providers in one process would otherwise sync without the server and prove nothing.
 */
export function connectBoard(
  wsUrl: string, workshopId: string, groupId: string, token: string | undefined,
  options: { connect?: boolean; WebSocketPolyfill?: new (address: string, protocols?: string | string[]) => WebSocket } = {},
): BoardClient {
  const doc = new Y.Doc();
  const params: Record<string, string> = token === undefined ? {} : { token };
  const provider = new WebsocketProvider(`${wsUrl}/yjs/${workshopId}`, groupId, doc, {
    WebSocketPolyfill: (options.WebSocketPolyfill ?? WebSocket) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
    connect: options.connect ?? true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.once('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when `predicate` holds for `doc`, checked after every update. */
export function waitForDoc(doc: Y.Doc, predicate: (doc: Y.Doc) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (predicate(doc)) return resolve();
    const check = () => {
      if (predicate(doc)) {
        doc.off('update', check);
        resolve();
      }
    };
    doc.on('update', check);
  });
}

/** waitForDoc that fails after `ms` with the predicate in its message, instead of hanging until the test's timeout. */
export async function waitForDocWithin(doc: Y.Doc, predicate: (doc: Y.Doc) => boolean, ms = 15_000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the board never reached: ${predicate.toString()}`)), ms);
  });
  try {
    await Promise.race([waitForDoc(doc, predicate), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
