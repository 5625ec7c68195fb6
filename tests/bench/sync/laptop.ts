import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { inflateInPlaceKeepingContext } from '../../../server/yjs/syncInflate.ts';
import type { RoomSpec } from './protocol.ts';

/*
 * One simulated laptop's connection: a stock y-websocket WebsocketProvider (BroadcastChannel
 * off, or two providers in one process would sync without the server), or, for Hocuspocus,
 * whose server speaks its own framing, Hocuspocus's own provider. Both use the `ws` client
 * below, which keeps every socket so that the bytes on the wire can be counted.
 */

const sockets = new Set<WebSocket>();
/** Sockets whose connection opened: beyond one per laptop, these are reconnects. */
let opened = 0;
/** Why each socket that had opened closed, in order: `code reason` (or `code` alone). */
const closes: string[] = [];

export const socketsOpened = (): number => opened;
export const socketsClosed = (): readonly string[] => closes;

/**
 * `ws` that remembers its sockets (the providers take the class as their WebSocket) and treats
 * permessage-deflate as browsers do: offered, every message sent compressed once it is
 * negotiated (no 1 KiB threshold), and what arrives compressed inflated in place (natively in
 * a browser; `ws`'s own inflation through libuv's thread pool would make this load generator,
 * not the server, the bottleneck).
 */
class CountingWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols, { perMessageDeflate: { threshold: 0 } });
    sockets.add(this);
    this.once('open', () => {
      opened++;
      inflateInPlaceKeepingContext(this);
      this.once('close', (code, reason) => {
        closes.push(reason.length > 0 ? `${code} ${reason.toString()}` : String(code));
      });
    });
  }
}

/** TCP bytes read and written by every socket this process opened (frames, headers, all). */
export function wireBytes(): { read: number; written: number } {
  return wireBytesOf(sockets);
}

/** TCP bytes read and written by `of` (frames, headers, all); lightLaptop.ts counts its own with it. */
export function wireBytesOf(of: Iterable<WebSocket>): { read: number; written: number } {
  let read = 0;
  let written = 0;
  for (const ws of of) {
    const tcp = (ws as unknown as { _socket?: { bytesRead: number; bytesWritten: number } | null })._socket;
    if (!tcp) continue;
    read += tcp.bytesRead;
    written += tcp.bytesWritten;
  }
  return { read, written };
}

export interface Connection {
  doc: Y.Doc;
  /** Resolves at the first full sync with the server. */
  synced: Promise<void>;
  isOpen(): boolean;
  destroy(): void;
}

const REFERENCE = join(import.meta.dirname, 'reference');
/** The part of @hocuspocus/provider used here (typed locally: the app's tsc runs without the reference folder). */
interface HocuspocusModule {
  HocuspocusProviderWebsocket: new (options: { url: string; WebSocketPolyfill: unknown }) => {
    status: string;
    destroy(): void;
  };
  HocuspocusProvider: new (options: {
    websocketProvider: unknown;
    name: string;
    document: Y.Doc;
    token: string;
    onSynced: (event: { state: boolean }) => void;
  }) => { attach(): void; destroy(): void };
}
let hocuspocus: HocuspocusModule | undefined;

/** Loads Hocuspocus's provider from the reference folder (it shares this process's Yjs). */
export async function loadHocuspocus(): Promise<void> {
  const path = createRequire(join(REFERENCE, 'package.json')).resolve('@hocuspocus/provider');
  // The ESM build, so that it imports the same `yjs` module instance as this file.
  hocuspocus ??= await import(pathToFileURL(path.replace(/hocuspocus-provider\.cjs$/, 'hocuspocus-provider.esm.js')).href) as HocuspocusModule;
}

export function connect(room: RoomSpec, doc = new Y.Doc()): Connection {
  if (room.client === 'hocuspocus') return connectHocuspocus(room, doc);
  const provider = new WebsocketProvider(room.url, room.room, doc, {
    WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: room.params,
  });
  const synced = new Promise<void>((resolve) => {
    provider.on('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    synced,
    isOpen: () => provider.wsconnected,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

function connectHocuspocus(room: RoomSpec, doc: Y.Doc): Connection {
  if (!hocuspocus) throw new Error('loadHocuspocus() first');
  let resolveSynced: () => void = () => {};
  const synced = new Promise<void>((resolve) => { resolveSynced = resolve; });
  const socket = new hocuspocus.HocuspocusProviderWebsocket({
    url: room.url,
    WebSocketPolyfill: CountingWebSocket,
  });
  const provider = new hocuspocus.HocuspocusProvider({
    websocketProvider: socket,
    name: room.room,
    document: doc,
    token: room.params.token ?? 'bench',
    onSynced: ({ state }) => state && resolveSynced(),
  });
  provider.attach();
  return {
    doc,
    synced,
    isOpen: () => socket.status === 'connected',
    destroy() {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
