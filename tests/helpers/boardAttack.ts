import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { NOTICE_MESSAGE_TYPE, readBoardNotice, type BoardNotice } from '../../shared/schemas/boardNotice.ts';
import { encodeSyncUpdate } from '../../server/yjs/protocol.ts';
import type { BoardClient } from './yjsClient.ts';

/*
 * What a hostile laptop does with a stock y-websocket client: craft updates on a copy of the
 * board that is not connected, then send them raw through the client's socket, in any order.
 */

export interface NoticeLog {
  notices: BoardNotice[];
  /** Resolves with the first notice (already received or still to come) that `match` accepts. */
  waitFor(match: (n: BoardNotice) => boolean): Promise<BoardNotice>;
}

/** Records the server's board notices that reach a stock client (which would only log them). */
export function recordNotices(client: BoardClient): NoticeLog {
  const notices: BoardNotice[] = [];
  const waiting: Array<{ match: (n: BoardNotice) => boolean; resolve: (n: BoardNotice) => void }> = [];
  client.provider.messageHandlers[NOTICE_MESSAGE_TYPE] = (_encoder, decoder: decoding.Decoder) => {
    const notice = readBoardNotice(decoder);
    if (!notice) return;
    notices.push(notice);
    for (const w of [...waiting]) {
      if (w.match(notice)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(notice);
      }
    }
  };
  return {
    notices,
    waitFor(match) {
      const found = notices.find(match);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ match, resolve }));
    },
  };
}

/** A disconnected replica of `doc`, with its own client id. */
export function detachedCopy(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Runs `change` on `doc` and returns the update it produced. */
export function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (u: Uint8Array) => updates.push(u);
  doc.on('update', record);
  try {
    doc.transact(() => change(doc));
  } finally {
    doc.off('update', record);
  }
  return Y.mergeUpdates(updates);
}

/** The update that `change` makes to a copy of `base` (what a client with that board would send). */
export function updateFrom(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = detachedCopy(base);
  const update = updateOf(copy, change);
  copy.destroy();
  return update;
}

/** Sends `update` as a y-websocket sync update through the client's open socket. */
export function sendRaw(client: BoardClient, update: Uint8Array): void {
  const ws = client.provider.ws;
  if (!ws) throw new Error('the client is not connected');
  ws.send(encodeSyncUpdate(update) as Uint8Array<ArrayBuffer>);
}

