import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { EDIT_EPOCH } from './noteEdits.ts';

/*
 * The messages a light receiver of the knee (lightLaptop.ts) reads and writes, in the two
 * framings of the bench's servers: y-websocket's (Werkbord, stock) and Hocuspocus's, which
 * puts the document's name in front of every message and has the client authenticate first.
 * Only what a subscriber needs: sync step 1 and 2, updates, presence, the auth handshake; the
 * rest (Hocuspocus's sync status acks, Werkbord's notices) is read as `other`.
 */

export type Framing = 'y-websocket' | 'hocuspocus';

export type Incoming =
  | { kind: 'step1'; stateVector: Uint8Array }
  | { kind: 'step2' | 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'authenticated' }
  | { kind: 'denied'; reason: string }
  | { kind: 'other'; type: number };

const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;
/** Hocuspocus's auth sub-types (@hocuspocus/common AuthMessageType). */
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
const AUTH_OK = 2;

/** Reads one binary message from the server; throws on a truncated or malformed one. */
export function readMessage(framing: Framing, data: Uint8Array): Incoming {
  const decoder = decoding.createDecoder(data);
  if (framing === 'hocuspocus') decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === SYNC) {
    const sub = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (sub === STEP1) return { kind: 'step1', stateVector: payload };
    if (sub === STEP2) return { kind: 'step2', update: payload };
    if (sub === UPDATE) return { kind: 'update', update: payload };
    throw new Error(`unknown sync message ${sub}`);
  }
  if (type === AWARENESS) return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
  if (type === AUTH && framing === 'hocuspocus') {
    const sub = decoding.readVarUint(decoder);
    if (sub === AUTH_OK) return { kind: 'authenticated' };
    if (sub === AUTH_DENIED) return { kind: 'denied', reason: decoding.readVarString(decoder) };
  }
  return { kind: 'other', type };
}

function message(framing: Framing, name: string, type: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  if (framing === 'hocuspocus') encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1 (`sub` 0), step 2 (1) or an update (2) carrying `payload`. */
export function syncMessage(framing: Framing, name: string, sub: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  return message(framing, name, SYNC, (e) => {
    encoding.writeVarUint(e, sub);
    encoding.writeVarUint8Array(e, payload);
  });
}

/** Hocuspocus's first message on a document: the token (as HocuspocusProvider sends it). */
export function authMessage(name: string, token: string): Uint8Array {
  return message('hocuspocus', name, AUTH, (e) => {
    encoding.writeVarUint(e, AUTH_TOKEN);
    encoding.writeVarString(e, token);
  });
}

/** One client's entry of an awareness update; `state` is its JSON as sent (`null`: gone). */
export interface PresenceEntry {
  clientID: number;
  clock: number;
  state: string;
}

export function readAwareness(update: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: PresenceEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientID, clock, state: decoding.readVarString(decoder) });
  }
  return entries;
}

/**
 * The entries a stock provider's Awareness takes from an incoming update (y-protocols'
 * applyAwarenessUpdate: a clock newer than the one it knows, or the removal of a state it
 * holds at the same clock; a first state at clock 0 is not taken), recording them in `known`
 * (client → clock, and whether it holds a state). Both WebsocketProvider and
 * HocuspocusProvider send exactly these entries back to the server (they relay every
 * awareness change, not only their own), which is server work a light laptop must cause too.
 */
export function presenceTaken(entries: PresenceEntry[], known: Map<number, { clock: number; held: boolean }>): PresenceEntry[] {
  const taken: PresenceEntry[] = [];
  for (const entry of entries) {
    const mine = known.get(entry.clientID);
    const clock = mine?.clock ?? 0;
    const removal = entry.state === 'null';
    if (clock < entry.clock || (clock === entry.clock && removal && mine?.held === true)) {
      known.set(entry.clientID, { clock: entry.clock, held: !removal });
      taken.push(entry);
    }
  }
  return taken;
}

/** An awareness message carrying `entries`. */
export function presenceMessage(framing: Framing, name: string, entries: PresenceEntry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(update, entry.clientID);
    encoding.writeVarUint(update, entry.clock);
    encoding.writeVarString(update, entry.state);
  }
  return message(framing, name, AWARENESS, (e) => encoding.writeVarUint8Array(e, encoding.toUint8Array(update)));
}

/**
 * The presence a provider sends: y-protocols' Awareness starts with the local state `{}` at
 * clock 0, sent when the socket opens, and renews it (clock + 1) every 15 s, so that the
 * server relays a light laptop's presence as it relays a provider's.
 */
export function awarenessMessage(framing: Framing, name: string, clientID: number, clock: number): Uint8Array {
  return presenceMessage(framing, name, [{ clientID, clock, state: '{}' }]);
}

/**
 * The wall-clock stamps of the bench's edits in a Yjs update, made by clients other than
 * `ownClient` (a server that echoes the sender's edits back does not make them deliveries).
 * An edit (noteEdits.ts) sets its note's `z` to the time it was made: the one map value in an
 * edit that is a number past EDIT_EPOCH. The update is decoded, not applied: a light receiver
 * keeps no copy of the board.
 */
export function editStamps(update: Uint8Array, ownClient: number): number[] {
  const stamps: number[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || struct.id.client === ownClient) continue;
    const content = struct.content;
    if (!(content instanceof Y.ContentAny)) continue;
    for (const value of content.arr) {
      if (typeof value === 'number' && value >= EDIT_EPOCH) stamps.push(value);
    }
  }
  return stamps;
}
