import type * as Y from 'yjs';
import { addOwnNote, editNote, rng, seedNotes, wallNow, watchEdits } from './noteEdits.ts';
import { connect, loadHocuspocus, socketsClosed, socketsOpened, wireBytes, type Connection } from './laptop.ts';
import { connectLight, lightSockets } from './lightLaptop.ts';
import type { EditStats, FromWorker, LaptopSpec, RoomSpec, ToWorker } from './protocol.ts';
import { itemsOf } from '../../../shared/board/schema.ts';

/*
 * A laptop worker of the sync bench: a child process holding a share of the simulated laptops,
 * so that the load generator is spread over processes (and pinned away from the server's core)
 * instead of being the bottleneck. Commands come from bench.ts over IPC.
 */

interface Laptop {
  spec: LaptopSpec;
  conn: Connection;
  noteId?: string;
  random: () => number;
  seq: number;
}

// Every WebsocketProvider in Node adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(0);

const laptops: Laptop[] = [];
let latencies: number[] = [];
let delivered = 0;
let sentByRoom: Record<number, number> = {};
let editing = false;
let started = { cpu: process.cpuUsage(), wire: allWireBytes(), at: performance.now(), opened: 0, closed: [0, 0] as [number, number] };

function reply(message: FromWorker): void {
  process.send?.(message);
}

async function connectAll(specs: LaptopSpec[]): Promise<void> {
  if (specs.some((s) => s.room.client === 'hocuspocus' && !s.light)) await loadHocuspocus();
  const t0 = performance.now();
  const joins = await Promise.all(specs.map(async (spec) => {
    const wait = spec.delayMs - (performance.now() - t0);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const opened = performance.now();
    const onDelivery = (count: number, latency: number) => {
      if (!editing) return;
      delivered += count;
      latencies.push(latency);
    };
    const conn = spec.light ? connectLight(spec.room, (latency) => onDelivery(1, latency)) : connect(spec.room);
    const laptop: Laptop = { spec, conn, random: rng(1000 + spec.index), seq: 0 };
    laptops.push(laptop);
    if (!spec.light) watchEdits(conn.doc, () => laptop.noteId, onDelivery);
    const ok = await Promise.race([conn.synced.then(() => true), sleep(30_000).then(() => false)]);
    if (!ok) return NaN;
    const joinMs = performance.now() - opened;
    // Opening a board and starting to write: the laptop's own note.
    laptop.noteId = addOwnNote(conn.doc, laptop.random);
    return joinMs;
  }));
  reply({ type: 'connected', joinMs: joins.filter((j) => !Number.isNaN(j)), failed: joins.filter(Number.isNaN).length });
}

function edit(startAt: number, seconds: number, rate: number): void {
  latencies = [];
  delivered = 0;
  sentByRoom = {};
  editing = true;
  started = { cpu: process.cpuUsage(), wire: allWireBytes(), at: performance.now(), opened: allOpened(), closed: [socketsClosed().length, lightSockets.closes().length] as [number, number] };
  const interval = 1000 / rate;
  const endAt = startAt + seconds * 1000;
  let running = 0;
  for (const laptop of laptops) {
    if (!laptop.noteId) continue;
    running++;
    // A seeded phase, so that the laptops do not all type in the same millisecond.
    let next = startAt + laptop.random() * interval;
    const tick = () => {
      if (next >= endAt) {
        if (--running === 0) reply({ type: 'edited', sentByRoom });
        return;
      }
      laptop.seq++;
      editNote(laptop.conn.doc, laptop.noteId!, laptop.seq, laptop.random);
      sentByRoom[laptop.spec.roomIndex] = (sentByRoom[laptop.spec.roomIndex] ?? 0) + 1;
      next += interval;
      setTimeout(tick, Math.max(0, next - wallNow()));
    };
    setTimeout(tick, Math.max(0, next - wallNow()));
  }
  if (running === 0) reply({ type: 'edited', sentByRoom });
}

function collect(): EditStats {
  editing = false;
  const cpu = process.cpuUsage(started.cpu);
  const wire = allWireBytes();
  return {
    sentByRoom,
    delivered,
    latencies,
    bytesIn: wire.read - started.wire.read,
    bytesOut: wire.written - started.wire.written,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: (performance.now() - started.at) / 1000,
    disconnected: laptops.filter((l) => !l.conn.isOpen()).length,
    reconnects: allOpened() - started.opened,
    closes: [...socketsClosed().slice(started.closed[0]), ...lightSockets.closes().slice(started.closed[1])],
  };
}

// The providers' sockets (laptop.ts) and the light laptops' (lightLaptop.ts) together.
function allWireBytes(): { read: number; written: number } {
  const a = wireBytes();
  const b = lightSockets.wireBytes();
  return { read: a.read + b.read, written: a.written + b.written };
}
const allOpened = () => socketsOpened() + lightSockets.opened();

/** Writes `notes` notes into a room and waits until a second client sees them all. */
async function seed(room: RoomSpec, notes: number, seedValue: number): Promise<number> {
  if (room.client === 'hocuspocus') await loadHocuspocus();
  const writer = connect(room);
  await writer.synced;
  seedNotes(writer.doc, notes, seedValue);
  const check = connect(room);
  await check.synced;
  await until(check.doc, (d) => itemsOf(d).size >= notes);
  const { encodeStateAsUpdate } = await import('yjs');
  const bytes = encodeStateAsUpdate(check.doc).byteLength;
  writer.destroy();
  check.destroy();
  return bytes;
}

/** Joins a room `times` times in a row, timing socket open to full sync. */
async function lateJoin(room: RoomSpec, times: number, expectItems: number): Promise<number[]> {
  if (room.client === 'hocuspocus') await loadHocuspocus();
  const joinMs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const conn = connect(room);
    await conn.synced;
    await until(conn.doc, (d) => itemsOf(d).size >= expectItems);
    joinMs.push(performance.now() - t0);
    conn.destroy();
  }
  return joinMs;
}

function until(doc: Y.Doc, predicate: (doc: Y.Doc) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (predicate(doc)) return resolve();
    const check = () => {
      if (!predicate(doc)) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

process.on('message', (message: ToWorker) => {
  const run = async (): Promise<void> => {
    switch (message.type) {
      case 'connect': return connectAll(message.laptops);
      case 'edit': return edit(message.startAt, message.seconds, message.rate);
      case 'progress': return reply({ type: 'progress', delivered });
      case 'collect': return reply({ type: 'stats', stats: collect() });
      case 'seed': return reply({ type: 'seeded', bytes: await seed(message.room, message.notes, message.seed) });
      case 'lateJoin': return reply({ type: 'joined', joinMs: await lateJoin(message.room, message.times, message.expectItems) });
      case 'close':
        for (const l of laptops) l.conn.destroy();
        process.exit(0);
    }
  };
  run().catch((err: unknown) => reply({ type: 'error', message: err instanceof Error ? err.stack ?? err.message : String(err) }));
});
