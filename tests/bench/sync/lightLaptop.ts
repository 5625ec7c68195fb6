import * as Y from 'yjs';
import WebSocket from 'ws';
import { wallNow } from './noteEdits.ts';
import {
  authMessage, awarenessMessage, editStamps, presenceMessage, presenceTaken, readAwareness, readMessage, syncMessage, type Framing,
} from './lightWire.ts';
import { type Connection, wireBytesOf } from './laptop.ts';
import type { RoomSpec } from './protocol.ts';

/*
 * A light laptop of the knee scenario: a real socket that joins its room as a provider does
 * (Hocuspocus: token, then sync step 1; y-websocket: sync step 1, answering the server's step 1
 * with its step 2), announces its presence, renews it and relays others' as a provider does,
 * makes its edits from its own Y.Doc and sends them as a provider would, but does not apply
 * what others send: it decodes each update only to read the edits' time stamps
 * (lightWire.ts). The server does
 * the same work for it as for a provider (it cannot tell them apart); the generator spends a
 * fraction of a provider's CPU on each delivery, so that one core of laptops can drive a
 * server to its own limit.
 *
 * Its Y.Doc holds the board as it was at the join and the laptop's own note: an edit touches
 * only that note, so the updates it makes are the ones a provider would make.
 */

const sockets = new Set<WebSocket>();
let opened = 0;
const closes: string[] = [];

/** The same counters laptop.ts keeps for the providers' sockets. */
export const lightSockets = {
  opened: (): number => opened,
  closes: (): readonly string[] => closes,
  wireBytes: (): { read: number; written: number } => wireBytesOf(sockets),
};

const REMOTE = Symbol('server');
const PRESENCE_RENEW_MS = 15_000;

/** Opens a light laptop; `onEdit(latencyMs)` for every edit of another laptop it receives. */
export function connectLight(room: RoomSpec, onEdit: (latencyMs: number) => void): Connection {
  const framing: Framing = room.client;
  const doc = new Y.Doc();
  const name = room.room;
  const params = new URLSearchParams(room.params).toString();
  const url = framing === 'hocuspocus' ? room.url : `${room.url}/${encodeURIComponent(name)}${params ? `?${params}` : ''}`;
  // No compression: the knee runs every server without it (knee.ts).
  const ws = new WebSocket(url, { perMessageDeflate: false });
  sockets.add(ws);
  let synced = false;
  /** The presence this laptop has taken, as a provider's Awareness keeps it (its own included). */
  const presence = new Map<number, { clock: number; held: boolean }>();
  let resolveSynced: () => void = () => {};
  let rejectSynced: (err: Error) => void = () => {};
  const syncedPromise = new Promise<void>((resolve, reject) => {
    resolveSynced = resolve;
    rejectSynced = reject;
  });
  // A provider that never syncs reports a failed join (worker.ts), not an unhandled rejection.
  syncedPromise.catch(() => {});
  const send = (data: Uint8Array) => {
    if (ws.readyState === ws.OPEN) ws.send(data);
  };

  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) send(syncMessage(framing, name, 2, update));
  });
  ws.once('open', () => {
    opened++;
    ws.once('close', (code, reason) => {
      closes.push(reason.length > 0 ? `${code} ${reason.toString()}` : String(code));
    });
    if (framing === 'hocuspocus') send(authMessage(name, room.params.token ?? 'bench'));
    send(syncMessage(framing, name, 0, Y.encodeStateVector(doc)));
    let clock = 0;
    presence.set(doc.clientID, { clock, held: true });
    send(awarenessMessage(framing, name, doc.clientID, clock));
    // The renewal a provider's Awareness sends (at half its 30 s timeout).
    const renew = setInterval(() => {
      presence.set(doc.clientID, { clock: ++clock, held: true });
      send(awarenessMessage(framing, name, doc.clientID, clock));
    }, PRESENCE_RENEW_MS);
    ws.once('close', () => clearInterval(renew));
  });
  ws.on('message', (data: Buffer) => {
    const message = readMessage(framing, data);
    switch (message.kind) {
      case 'step1':
        send(syncMessage(framing, name, 1, Y.encodeStateAsUpdate(doc, message.stateVector)));
        return;
      case 'step2':
        // The board as it is at the join: kept, so that the laptop's own note fits into it.
        if (!synced) {
          Y.applyUpdate(doc, message.update, REMOTE);
          synced = true;
          resolveSynced();
          return;
        }
        countEdits(message.update);
        return;
      case 'update':
        countEdits(message.update);
        return;
      case 'awareness': {
        // Sent back as a provider sends back every change it takes (lightWire.ts).
        const taken = presenceTaken(readAwareness(message.update), presence);
        if (taken.length > 0) send(presenceMessage(framing, name, taken));
        return;
      }
      case 'denied':
        rejectSynced(new Error(`refused: ${message.reason}`));
        ws.close();
        return;
      default:
    }
  });
  ws.once('close', (code) => rejectSynced(new Error(`closed ${code}`)));
  ws.on('error', () => {});

  function countEdits(update: Uint8Array): void {
    const stamps = editStamps(update, doc.clientID);
    if (stamps.length === 0) return;
    const now = wallNow();
    for (const sentAt of stamps) onEdit(now - sentAt);
  }

  return {
    doc,
    synced: syncedPromise,
    isOpen: () => ws.readyState === ws.OPEN,
    destroy() {
      ws.close();
      doc.destroy();
    },
  };
}
