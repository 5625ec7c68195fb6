import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { CLIENT_WINDOW_BITS } from '../../server/yjs/roomDeflate.ts';
import { SocketInflate } from '../../server/yjs/socketInflate.ts';
import { SyncInflate } from '../../server/yjs/syncInflate.ts';
import { addOwnNote, editNote, rng } from './sync/noteEdits.ts';

/*
 * What a laptop's edits cost on the way up with permessage-deflate, alone or with the context
 * kept from message to message, at each window size a server could ask for
 * (client_max_window_bits 9–15), and what one inflater per socket costs the server in memory.
 * The edits are bench:sync's (tests/bench/sync/noteEdits.ts): one laptop's own note, moved
 * and partly retyped, ~240 bytes of sync message each. The compressor is the one browsers and
 * `ws` use: zlib at its default level and memLevel 8, sync-flushed, the 4-byte tail left off.
 *
 *   node --expose-gc --import tsx tests/bench/upDeflate.ts [--edits 300] [--sockets 1000]
 */

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EDITS = arg('edits', 300);
const SOCKETS = arg('sockets', 1000);
const LAPTOPS = 8;
/** Edits each inflater is fed in the memory figures: ~48 kB, more than the largest window. */
const FILL = 200;

/** One laptop's messages up: its note's creation, then EDITS edits, each a sync update message. */
function laptopMessages(index: number): Uint8Array[] {
  const doc = new Y.Doc();
  const messages: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => {
    const e = encoding.createEncoder();
    syncProtocol.writeUpdate(e, update);
    messages.push(encoding.toUint8Array(e));
  });
  const random = rng(1000 + index);
  const id = addOwnNote(doc, random);
  for (let seq = 1; seq <= EDITS; seq++) editNote(doc, id, seq, random);
  doc.destroy();
  return messages.slice(1); // the edits only, as bench:sync counts them
}

/** A WebSocket frame's header from a client: 2 bytes, 2 more past 125 payload bytes, a 4-byte mask. */
const frameBytes = (payload: number) => payload + 2 + 4 + (payload > 125 ? 2 : 0);

/** Bytes on the wire per message (frame included) compressed with `windowBits`, the context kept or not. */
function upBytes(messages: Uint8Array[], windowBits: number, keep: boolean): number {
  const deflate = zlib.createDeflateRaw({ windowBits, memLevel: 8 });
  const handle = (deflate as unknown as { _handle: { writeSync(...a: unknown[]): void } })._handle;
  const state = (deflate as unknown as { _writeState: Uint32Array })._writeState;
  const out = Buffer.allocUnsafe(64 * 1024);
  let wire = 0;
  for (const message of messages) {
    if (!keep) {
      const alone = zlib.deflateRawSync(message, { windowBits, memLevel: 8, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      wire += frameBytes(alone.length - 4);
      continue;
    }
    handle.writeSync(zlib.constants.Z_SYNC_FLUSH, message, 0, message.byteLength, out, 0, out.length);
    wire += frameBytes(out.length - state[0]! - 4);
  }
  deflate.close();
  return wire / messages.length;
}

function compression(): void {
  const laptops = Array.from({ length: LAPTOPS }, (_, i) => laptopMessages(i));
  const raw = laptops.flat().reduce((sum, m) => sum + frameBytes(m.byteLength), 0) / (LAPTOPS * EDITS);
  console.log(`${LAPTOPS} laptops × ${EDITS} edits; uncompressed: ${raw.toFixed(1)} B per edit (frame included)`);
  console.log('window bits | alone (client_no_context_takeover) | context kept | saved');
  for (let bits = 9; bits <= 15; bits++) {
    const mean = (keep: boolean) => laptops.reduce((sum, m) => sum + upBytes(m, bits, keep), 0) / LAPTOPS;
    const alone = mean(false);
    const kept = mean(true);
    console.log(`${bits} | ${alone.toFixed(1)} | ${kept.toFixed(1)} | ${(100 * (1 - kept / alone)).toFixed(0)} %`);
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
const settle = () => { gc?.(); gc?.(); };
if (!gc) console.log('(run with --expose-gc for steadier memory figures)');

/**
 * Bytes per socket at `bits`, in this process (fresh: what came before would blur RSS): with
 * a zlib inflater of its own (SyncInflate), or (`ring`) as the server keeps it, its window in
 * a ring and one inflater shared by all (socketInflate.ts).
 */
async function memoryAt(bits: number, ring: boolean): Promise<void> {
  const stream = laptopStream(laptopMessages(0).slice(0, FILL), bits);
  settle();
  const before = process.memoryUsage();
  const sockets: { close(): void }[] = [];
  for (let i = 0; i < SOCKETS; i++) {
    if (ring) {
      const socket = new SocketInflate(bits);
      for (const p of stream) socket.inflate(p, 0);
      sockets.push(socket);
    } else {
      const socket = new SyncInflate(bits);
      for (const p of stream) socket.inflate(p, true);
      sockets.push(socket);
    }
  }
  await new Promise((resolve) => setImmediate(resolve));
  settle();
  const after = process.memoryUsage();
  const per = (k: 'rss' | 'external' | 'heapUsed') => ((after[k] - before[k]) / SOCKETS).toFixed(0);
  process.stdout.write(ring ? ` | ${per('rss')} | ${per('external')}\n` : `${bits} | ${per('rss')} | ${per('external')} | ${per('heapUsed')}`);
  for (const socket of sockets) socket.close();
}

/** Each window size in a process of its own. */
function memory(): void {
  console.log(`\n${SOCKETS} sockets, each fed ${FILL} edits (window filled): bytes per socket`);
  console.log('window bits | an inflater each: RSS | external | JS heap | window ring, one shared inflater (socketInflate.ts): RSS | external');
  for (let bits = 9; bits <= 15; bits++) {
    for (const ring of [0, 1]) {
      const args = [fileURLToPath(import.meta.url), '--memory', String(bits), '--ring', String(ring), '--sockets', String(SOCKETS)];
      const child = spawnSync(process.execPath, [...process.execArgv, ...args], { encoding: 'utf8' });
      process.stdout.write(child.stdout || child.stderr);
    }
  }
}

/** `messages` compressed as one stream with the context kept: the payloads of its frames. */
function laptopStream(messages: Uint8Array[], windowBits: number): Buffer[] {
  const deflate = zlib.createDeflateRaw({ windowBits, memLevel: 8 });
  const handle = (deflate as unknown as { _handle: { writeSync(...a: unknown[]): void } })._handle;
  const state = (deflate as unknown as { _writeState: Uint32Array })._writeState;
  const out = Buffer.allocUnsafe(64 * 1024);
  const payloads = messages.map((m) => {
    handle.writeSync(zlib.constants.Z_SYNC_FLUSH, m, 0, m.byteLength, out, 0, out.length);
    return Buffer.from(out.subarray(0, out.length - state[0]! - 4));
  });
  deflate.close();
  return payloads;
}

/**
 * The server's CPU per message inflated: SOCKETS/4 sockets sending in turn, each read by an
 * inflater of its own with the context kept (CLIENT_WINDOW_BITS), against each message
 * compressed alone and read by one shared inflater reset before each (the former way).
 */
function inflateCpu(): void {
  const sockets = Math.max(1, Math.floor(SOCKETS / 4));
  const messages = laptopMessages(0).slice(0, 100);
  const keptStream = laptopStream(messages, CLIENT_WINDOW_BITS);
  const alone = messages.map((m) => {
    const whole = zlib.deflateRawSync(m, { windowBits: 15, memLevel: 8, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    return whole.subarray(0, whole.length - 4);
  });
  const rounds = 3;
  const time = (run: () => void) => {
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const start = process.hrtime.bigint();
      run();
      best = Math.min(best, Number(process.hrtime.bigint() - start));
    }
    return best / (sockets * messages.length) / 1000;
  };
  const own = time(() => {
    const inflaters = Array.from({ length: sockets }, () => new SyncInflate(CLIENT_WINDOW_BITS));
    for (let i = 0; i < messages.length; i++) for (const inflate of inflaters) inflate.inflate(keptStream[i]!, true);
    for (const inflate of inflaters) inflate.close();
  });
  const ringed = time(() => {
    const inflaters = Array.from({ length: sockets }, () => new SocketInflate(CLIENT_WINDOW_BITS));
    for (let i = 0; i < messages.length; i++) for (const inflate of inflaters) inflate.inflate(keptStream[i]!, 0);
    for (const inflate of inflaters) inflate.close();
  });
  const shared = new SyncInflate();
  const reset = time(() => {
    for (let i = 0; i < messages.length; i++) {
      for (let s = 0; s < sockets; s++) {
        shared.reset();
        shared.inflate(alone[i]!, true);
      }
    }
  });
  shared.close();
  console.log(`\ninflate CPU, ${sockets} sockets × ${messages.length} edits, best of ${rounds} (inflater creation included):`);
  console.log(`a zlib inflater per socket, context kept (${CLIENT_WINDOW_BITS} bits): ${own.toFixed(2)} µs per edit`);
  console.log(`a window ring per socket, one inflater primed with it per message (socketInflate.ts): ${ringed.toFixed(2)} µs per edit`);
  console.log(`one shared inflater reset per message, each alone: ${reset.toFixed(2)} µs per edit`);
}

const only = arg('memory', 0);
if (only > 0) {
  await memoryAt(only, arg('ring', 0) === 1);
} else {
  compression();
  memory();
  inflateCpu();
}
