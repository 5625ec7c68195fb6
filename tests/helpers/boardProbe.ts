import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';

/*
 * A y-websocket client that speaks the stock protocol byte for byte, but one frame at a time
 * under the test's control, to ask the server what it made of each frame. The server handles
 * a socket's frames in order, and answers a sync step 1 with its stored document (docs/api.md,
 * "Board channel"), so a step 1 sent after a frame is a barrier: its answer shows the board
 * as the server holds it once that frame was applied or refused.
 */

const SYNC = 0;
const AWARENESS = 1;
const STEP2 = 1;

export interface BoardProbe {
  /** `'open'` once the server sent its first frame, or the close code of a refused socket. */
  admitted: Promise<'open' | number>;
  /** Sends a Yjs update as a stock client does (sync message, sub-type update). */
  send(update: Uint8Array): void;
  /** The board as the server stores it after every frame sent so far; undefined once closed. */
  serverDoc(): Promise<Y.Doc | undefined>;
  /** Announces a presence state for a client id of its own; resolves with that id. */
  announce(state: Record<string, unknown>): number;
  /** Whether the server relayed a presence state for `clientId` (ask after `serverDoc()`). */
  sawPresence(clientId: number): boolean;
  /** Resolves once the presence of `clientId` reached this socket. */
  presenceArrived(clientId: number): Promise<void>;
  close(): void;
}

/** Opens a probe on `/yjs/<workshopId>/<groupId>` with `token`. */
export function openBoardProbe(wsUrl: string, workshopId: string, groupId: string, token: string): BoardProbe {
  const ws = new WebSocket(`${wsUrl}/yjs/${workshopId}/${groupId}?token=${encodeURIComponent(token)}`);
  ws.binaryType = 'nodebuffer';
  const waiting: ((doc: Y.Doc | undefined) => void)[] = [];
  const presence = new Map<number, unknown>();
  const presenceWaits: { clientId: number; resolve: () => void }[] = [];
  const awarenessDocs: Y.Doc[] = [];
  let closed = false;

  let admit: (v: 'open' | number) => void = () => undefined;
  const admitted = new Promise<'open' | number>((resolve) => { admit = resolve; });
  ws.on('error', () => { /* the close event says what happened */ });
  ws.on('close', (code) => {
    closed = true;
    admit(code);
    for (const w of waiting.splice(0)) w(undefined);
  });
  ws.on('message', (data: Buffer) => {
    admit('open');
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(decoder);
    if (type === SYNC && decoding.readVarUint(decoder) === STEP2) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
      waiting.shift()?.(doc);
    } else if (type === AWARENESS) {
      const update = decoding.readVarUint8Array(decoder);
      const d = decoding.createDecoder(update);
      for (let n = decoding.readVarUint(d); n > 0; n--) {
        const clientId = decoding.readVarUint(d);
        decoding.readVarUint(d);
        presence.set(clientId, JSON.parse(decoding.readVarString(d)) as unknown);
      }
      for (const wait of presenceWaits.splice(0)) {
        if (presence.get(wait.clientId) != null) wait.resolve();
        else presenceWaits.push(wait);
      }
    }
  });

  const frame = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    write(e);
    ws.send(encoding.toUint8Array(e));
  };

  return {
    admitted,
    send(update) {
      frame((e) => {
        encoding.writeVarUint(e, SYNC);
        syncProtocol.writeUpdate(e, update);
      });
    },
    serverDoc() {
      if (closed) return Promise.resolve(undefined);
      // An empty state vector: the answer is the whole stored board.
      frame((e) => {
        encoding.writeVarUint(e, SYNC);
        syncProtocol.writeSyncStep1(e, new Y.Doc());
      });
      return new Promise((resolve) => waiting.push(resolve));
    },
    announce(state) {
      const doc = new Y.Doc();
      awarenessDocs.push(doc);
      const awareness = new awarenessProtocol.Awareness(doc);
      awareness.setLocalState(state);
      const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
      awareness.destroy(); // its interval would keep the test process alive
      frame((e) => {
        encoding.writeVarUint(e, AWARENESS);
        encoding.writeVarUint8Array(e, update);
      });
      return doc.clientID;
    },
    sawPresence: (clientId) => presence.get(clientId) != null,
    presenceArrived: (clientId) => (presence.get(clientId) != null
      ? Promise.resolve()
      : new Promise((resolve) => presenceWaits.push({ clientId, resolve }))),
    close() {
      ws.close();
      for (const d of awarenessDocs) d.destroy();
    },
  };
}

export { updateFrom } from './boardAttack.ts';
