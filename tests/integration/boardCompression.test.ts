import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import { Limits } from '../../shared/limits.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { CLIENT_WINDOW_BITS, WINDOW_BITS } from '../../server/yjs/roomDeflate.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

/*
 * permessage-deflate on the board channel (server/yjs/compression.ts): negotiated with a
 * client that offers it (browsers and the `ws` client do), with the small window the server
 * sets, and board edits arrive in fewer bytes than they have. On by default; WS_COMPRESSION=0
 * turns it off.
 */

let server: TestServer;
const clients: BoardClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server?.close();
});

/**
 * A `ws` client that compresses as browsers do: every message it sends, however small (`ws`
 * alone keeps to a 1 KiB threshold). The server then inflates each of them (syncInflate.ts).
 */
class BrowserLikeWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols, { perMessageDeflate: { threshold: 0 } });
  }
}

/**
 * Compresses as Firefox does: offers the bare extension (no client_max_window_bits), so the
 * server cannot choose its window and has it send each message alone; every message compressed.
 */
class FirefoxLikeWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    // `false` leaves client_max_window_bits out of `ws`'s offer (its typings know numbers only).
    super(address, protocols, { perMessageDeflate: { threshold: 0, clientMaxWindowBits: false as unknown as number } });
  }
}

/** Offers no compression at all. */
class PlainWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols, { perMessageDeflate: false });
  }
}

type Polyfill = new (address: string, protocols?: string | string[]) => WebSocket;

async function pair(env: Record<string, string> = {}, browserLike = false): Promise<{
  workshop: WorkshopCreated; a: BoardClient; b: BoardClient; open: (polyfill?: Polyfill) => BoardClient; rawUrl: string;
}> {
  server = await startTestServer(env);
  const workshop = await server.createWorkshop();
  const groupId = workshop.groups[0]!.id;
  const open = (polyfill: Polyfill | undefined = browserLike ? BrowserLikeWebSocket : undefined) =>
    connectBoard(server.wsUrl, workshop.id, groupId, workshop.tokens.participants[groupId], polyfill ? { WebSocketPolyfill: polyfill } : {});
  const [a, b] = [open(), open()];
  clients.push(a, b);
  await Promise.all([a.synced, b.synced]);
  const rawUrl = `${server.wsUrl}/yjs/${workshop.id}/${groupId}?token=${workshop.tokens.participants[groupId]}`;
  return { workshop, a, b, rawUrl, open: (polyfill) => { const c = open(polyfill); clients.push(c); return c; } };
}

/** A sync-update message (y-websocket) that adds one note with `text`. */
function noteMessage(text: string, x = 5): Uint8Array {
  const doc = new Y.Doc();
  addNote(doc, { x, y: 5, text }, { kind: 'local' });
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // sync
  encoding.writeVarUint(e, 2); // update
  encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(e);
}

/** A raw socket that compresses every message, keeping its context; resolves after the server's first message. */
async function rawSocket(url: string, options: WebSocket.ClientOptions = { perMessageDeflate: { threshold: 0 } }) {
  const raw = new WebSocket(url, options);
  raw.on('error', () => { /* the close code is what is asserted */ });
  const closed = new Promise<number>((resolve) => raw.once('close', (c) => resolve(c)));
  await new Promise((resolve) => raw.once('message', resolve)); // the server's sync step 1
  return { raw, closed };
}

/** Sends `payload` as one frame marked compressed (RSV1), exactly as given. */
function sendCompressedFrame(raw: WebSocket, payload: Buffer): void {
  const frame = (WebSocket as unknown as { Sender: { frame(d: Buffer, o: object): Buffer[] } }).Sender
    .frame(payload, { fin: true, rsv1: true, opcode: 2, mask: true, readOnly: false });
  (raw as unknown as { _sender: { sendFrame(list: Buffer[]): void } })._sender.sendFrame(frame);
}

const tcpOf = (c: BoardClient) => (c.provider.ws as unknown as { _socket: { bytesRead: number; bytesWritten: number } })._socket;
const extensionsOf = (c: BoardClient) => (c.provider.ws as unknown as { extensions: string }).extensions;
/** What the server answered in its permessage-deflate offer (`ws` keeps it on the extension). */
const deflateParamsOf = (c: BoardClient) => (c.provider.ws as unknown as {
  _extensions: Record<string, { params: Record<string, unknown> } | undefined>;
})._extensions['permessage-deflate']?.params;

/** Text as people type it on notes: words that come back. */
const WORDS = ['gemeente', 'buurt', 'bewoners', 'overleg', 'wijkteam', 'samen', 'actie', 'plan'];
const typed = (n: number) => Array.from({ length: n }, (_, i) => WORDS[(i * 7 + (i >> 2)) % WORDS.length]).join(' ');

describe('board channel compression', () => {
  it('is negotiated with a small window, and edits arrive in fewer bytes than their updates have', async () => {
    const { a, b } = await pair({ WS_COMPRESSION: '1' });
    expect(extensionsOf(b)).toContain('permessage-deflate');
    expect(deflateParamsOf(b)).toMatchObject({ server_max_window_bits: WINDOW_BITS, client_max_window_bits: CLIENT_WINDOW_BITS });
    expect(deflateParamsOf(b)).not.toHaveProperty('client_no_context_takeover');
    let updateBytes = 0;
    a.doc.on('update', (u: Uint8Array) => { updateBytes += u.byteLength; });
    const before = tcpOf(b).bytesRead;
    // One edit at a time, as people type: each a frame of its own.
    for (let i = 1; i <= 12; i++) addNote(a.doc, { x: i, y: 2, text: `${typed(30 + i)} ${i}` }, { kind: 'local' });
    await waitForDoc(b.doc, (d) => readNotes(d).length === 12);
    const received = tcpOf(b).bytesRead - before;
    expect(updateBytes).toBeGreaterThan(2_000);
    expect(received).toBeLessThan(updateBytes * 0.8);
    expect(readNotes(b.doc)).toEqual(readNotes(a.doc));
  });

  it('keeps every socket readable across joins and leaves: one compressor per room, reset for a newcomer', async () => {
    const { a, b, open } = await pair({ WS_COMPRESSION: '1' });
    const note = (from: BoardClient, i: number) => addNote(from.doc, { x: i, y: 3, text: `${typed(20 + (i % 9))} ${i}` }, { kind: 'local' });
    for (let i = 0; i < 10; i++) note(i % 2 ? a : b, i);
    // A newcomer mid-stream, then edits from all three, then one leaves and edits go on.
    const c = open();
    await c.synced;
    for (let i = 10; i < 30; i++) note([a, b, c][i % 3]!, i);
    await Promise.all([a, b, c].map((x) => waitForDoc(x.doc, (d) => readNotes(d).length === 30)));
    b.destroy();
    for (let i = 30; i < 40; i++) note(i % 2 ? a : c, i);
    await Promise.all([a, c].map((x) => waitForDoc(x.doc, (d) => readNotes(d).length === 40)));
    expect(readNotes(c.doc)).toEqual(readNotes(a.doc));
    // Nobody was cut off for an unreadable frame.
    expect([a, c].every((x) => x.provider.wsconnected)).toBe(true);
  });

  it('is on by default', async () => {
    const { b } = await pair();
    expect(extensionsOf(b)).toContain('permessage-deflate');
  });

  it('is off with WS_COMPRESSION=0, and sync works the same', async () => {
    const { a, b } = await pair({ WS_COMPRESSION: '0' });
    expect(extensionsOf(b)).toBe('');
    addNote(a.doc, { x: 1, y: 2, text: typed(30) }, { kind: 'local' });
    await waitForDoc(b.doc, (d) => readNotes(d).length === 1);
    expect(readNotes(b.doc)).toEqual(readNotes(a.doc));
  });

  it('inflates what browser-like clients compress, every message, and edits still converge', async () => {
    const { a, b, open } = await pair({ WS_COMPRESSION: '1' }, true);
    let updateBytes = 0;
    a.doc.on('update', (u: Uint8Array) => { updateBytes += u.byteLength; });
    const before = tcpOf(a).bytesWritten;
    for (let i = 1; i <= 12; i++) addNote(a.doc, { x: i, y: 2, text: `${typed(30 + i)} ${i}` }, { kind: 'local' });
    // One update far larger than the inflater's 16 KiB output chunk: 20 long notes at once.
    b.doc.transact(() => {
      for (let i = 0; i < 20; i++) addNote(b.doc, { x: i, y: 9, text: typed(400).slice(0, Limits.noteTextLength) }, { kind: 'local' });
    });
    await Promise.all([a, b].map((x) => waitForDoc(x.doc, (d) => readNotes(d).length === 32)));
    // a's edits left compressed, and the server could read them: b has them.
    expect(tcpOf(a).bytesWritten - before).toBeLessThan(updateBytes * 0.9);
    expect(readNotes(b.doc)).toEqual(readNotes(a.doc));
    // What they wrote was stored: a newcomer loads it from the server.
    const c = open();
    await waitForDoc(c.doc, (d) => readNotes(d).length === 32);
    expect(readNotes(c.doc)).toEqual(readNotes(a.doc));
  });

  it('reads a compressed message sent in several frames', async () => {
    const { workshop, a } = await pair({ WS_COMPRESSION: '1' });
    const groupId = workshop.groups[0]!.id;
    const raw = new WebSocket(`${server.wsUrl}/yjs/${workshop.id}/${groupId}?token=${workshop.tokens.participants[groupId]}`, {
      perMessageDeflate: { threshold: 0 },
    });
    await new Promise((resolve) => raw.once('message', resolve)); // the server's sync step 1
    const doc = new Y.Doc();
    addNote(doc, { x: 5, y: 5, text: typed(200) }, { kind: 'local' });
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0); // sync
    encoding.writeVarUint(e, 2); // update
    encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc));
    const message = encoding.toUint8Array(e);
    const third = Math.floor(message.length / 3);
    raw.send(message.subarray(0, third), { fin: false, compress: true, binary: true });
    raw.send(message.subarray(third, 2 * third), { fin: false, compress: true, binary: true });
    raw.send(message.subarray(2 * third), { fin: true, compress: true, binary: true });
    await waitForDoc(a.doc, (d) => readNotes(d).length === 1);
    expect(readNotes(a.doc)[0]!.text).toBe(typed(200));
    raw.close();
  });

  it.each([
    ['a message that inflates past the frame limit', 'bomb', 1009],
    ['bytes that are no deflate stream', 'garbage', 1007],
  ] as const)('closes only the socket that sends %s', async (_name, kind, code) => {
    const { workshop, a, b } = await pair({ WS_COMPRESSION: '1' });
    const groupId = workshop.groups[0]!.id;
    const raw = new WebSocket(`${server.wsUrl}/yjs/${workshop.id}/${groupId}?token=${workshop.tokens.participants[groupId]}`, {
      perMessageDeflate: { threshold: 0 },
    });
    raw.on('error', () => { /* the close code is what is asserted */ });
    const closed = new Promise<number>((resolve) => raw.once('close', (c) => resolve(c)));
    await new Promise((resolve) => raw.once('message', resolve));
    if (kind === 'bomb') {
      // ~3 MiB of zeros deflate to a few kB: small on the wire, too large once inflated.
      raw.send(Buffer.alloc(Limits.maxFrameBytes + 1_000_000), { compress: true, binary: true });
    } else {
      // A frame marked compressed (RSV1) whose payload is not deflate data (0xff: an invalid block type).
      sendCompressedFrame(raw, Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00]));
    }
    expect(await closed).toBe(code);
    // The room goes on: edits still reach the others, compressed and readable.
    addNote(a.doc, { x: 1, y: 1, text: typed(40) }, { kind: 'local' });
    await waitForDoc(b.doc, (d) => readNotes(d).length === 1);
    expect(readNotes(b.doc)).toEqual(readNotes(a.doc));
  });

  it('lets a client that offers client_max_window_bits keep its context, and reads it: fewer bytes up than each message alone', async () => {
    const { a, b, open } = await pair({ WS_COMPRESSION: '1' }, true);
    // Chromium and `ws` offer client_max_window_bits: the server sets the window, context kept.
    expect(deflateParamsOf(a)).toMatchObject({ client_max_window_bits: CLIENT_WINDOW_BITS });
    expect(deflateParamsOf(a)).not.toHaveProperty('client_no_context_takeover');
    // Firefox offers the bare extension: accepted, each message alone, no client window named
    // (RFC 7692 7.1.2.2); a client that offers nothing still syncs.
    const firefox = open(FirefoxLikeWebSocket);
    const plain = open(PlainWebSocket);
    await Promise.all([firefox.synced, plain.synced]);
    expect(deflateParamsOf(firefox)).toMatchObject({ client_no_context_takeover: true });
    expect(deflateParamsOf(firefox)).not.toHaveProperty('client_max_window_bits');
    expect(extensionsOf(plain)).toBe('');
    // The same twelve edits, one frame each, from the client that keeps its context and from
    // the one that cannot.
    const send = async (from: BoardClient, row: number) => {
      const before = tcpOf(from).bytesWritten;
      for (let i = 1; i <= 12; i++) addNote(from.doc, { x: i, y: row, text: `${typed(30 + i)} ${i}` }, { kind: 'local' });
      await waitForDoc(plain.doc, (d) => readNotes(d).filter((n) => n.y === row).length === 12);
      return tcpOf(from).bytesWritten - before;
    };
    const keeping = await send(a, 1);
    const alone = await send(firefox, 2);
    expect(keeping).toBeLessThan(alone * 0.8);
    for (const x of [a, b, firefox]) await waitForDoc(x.doc, (d) => readNotes(d).length === 24);
    expect(readNotes(b.doc)).toEqual(readNotes(plain.doc));
    expect([a, b, firefox, plain].every((x) => x.provider.wsconnected)).toBe(true);
  });

  it('keeps each socket\'s context its own: a message that refers to bytes another socket sent closes its sender with 1007', async () => {
    const { a, rawUrl } = await pair({ WS_COMPRESSION: '1' });
    const first = await rawSocket(rawUrl);
    const second = await rawSocket(rawUrl);
    const message = noteMessage(typed(60));
    first.raw.send(message, { compress: true, binary: true });
    await waitForDoc(a.doc, (d) => readNotes(d).length === 1);
    // The same message compressed as if the second socket had sent the first one's bytes
    // before: nothing but references into a window it never filled.
    const whole = deflateRawSync(message, { windowBits: CLIENT_WINDOW_BITS, dictionary: message, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    expect(whole.length).toBeLessThan(message.length / 4);
    sendCompressedFrame(second.raw, whole.subarray(0, whole.length - 4));
    expect(await second.closed).toBe(1007);
    // The first socket's context is untouched: what it sends next, referring to its own
    // earlier message, is read.
    first.raw.send(noteMessage(typed(60), 6), { compress: true, binary: true });
    await waitForDoc(a.doc, (d) => readNotes(d).length === 2);
    expect(first.raw.readyState).toBe(WebSocket.OPEN);
    first.raw.close();
  });

  it('closes with 1009 a socket that sends a bomb after its context has built up', async () => {
    const { a, b, rawUrl } = await pair({ WS_COMPRESSION: '1' });
    const { raw, closed } = await rawSocket(rawUrl);
    for (let i = 0; i < 8; i++) raw.send(noteMessage(`${typed(40 + i)} ${i}`, i), { compress: true, binary: true });
    await waitForDoc(a.doc, (d) => readNotes(d).length === 8);
    raw.send(Buffer.alloc(Limits.maxFrameBytes + 1_000_000), { compress: true, binary: true });
    expect(await closed).toBe(1009);
    addNote(a.doc, { x: 1, y: 1, text: typed(40) }, { kind: 'local' });
    await waitForDoc(b.doc, (d) => readNotes(d).length === 9);
    expect(readNotes(b.doc)).toEqual(readNotes(a.doc));
  });
});
