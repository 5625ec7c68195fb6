import * as prng from 'lib0/prng';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { BoardLimitError } from '../../shared/board/errors.ts';
import { ActionPointLimitError } from '../../shared/board/actionPoints.ts';
import { recordNotices, type NoticeLog } from '../helpers/boardAttack.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';
import { prepareBoard, randomOp, type Actor } from './fuzz/boardOps.ts';
import { boardJson, sameSnapshot, stateVectorOf, untilConverged, untilSynced } from './fuzz/converge.ts';
import { FuzzServer, type FuzzBoard } from './fuzz/fuzzServer.ts';

/*
 * Seeded convergence fuzz through the real server (issue 8, "Done when"): five stock
 * y-websocket clients on one board (four participants, one facilitator) make random board
 * operations through the board model while they randomly go offline, drop their socket and
 * come back in a random order; in some seeds the server is killed with SIGKILL mid-run and
 * restarted on the same data folder. At the end every client, a fresh joiner (the server's
 * state) and, after a kill, the server's stored state all hold the same board.
 *
 * The seed fixes the operations and the moments of disconnects and kills, not the network's
 * timing: a failing seed is printed; re-run it with FUZZ_SEED=<seed> and add it to PINNED.
 * FUZZ_SEEDS=200 runs seeds 1-200 (and the pinned ones); FUZZ_SEED=7,42 runs just those.
 */

/** Seeds that once failed; they run on every CI run. */
const PINNED: number[] = [];
const CI_SEEDS = 20;

function seedsToRun(): number[] {
  const only = process.env.FUZZ_SEED;
  if (only) return only.split(',').map(Number);
  const count = Number(process.env.FUZZ_SEEDS ?? CI_SEEDS);
  const seeds = Array.from({ length: count }, (_, i) => i + 1);
  return [...PINNED.filter((s) => !seeds.includes(s)), ...seeds];
}

const CLIENTS = 5;
const CONVERGE_MS = 20_000;
const LOCAL = { kind: 'local' } as const;
/** What the passing seeds covered, printed at the end. */
const stats = { seeds: 0, ops: 0, killed: 0, submitted: 0, refusals: new Map<string, number>() };

let server: FuzzServer;
const clients: BoardClient[] = [];
/** The server's notices to each client (a stock client would only log them). */
const notices: NoticeLog[] = [];

beforeAll(async () => {
  server = await FuzzServer.start();
});
beforeEach(async () => {
  await server.ensureRunning();
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
  for (const { notices: got } of notices.splice(0)) {
    for (const n of got) {
      // Honest clients are refused only where a merge meets a rule (an edit made offline
      // after someone else submitted the action points): counted, not failed.
      if (n.kind === 'refused') stats.refusals.set(n.reason, (stats.refusals.get(n.reason) ?? 0) + 1);
    }
  }
});
afterAll(async () => {
  await server?.stop();
  const refusals = [...stats.refusals].map(([r, n]) => `${r} ${n}`).join(', ') || 'none';
  console.log(`convergence fuzz: ${stats.seeds} seeds, ${stats.ops} operations, ${stats.killed} with kill -9, `
    + `${stats.submitted} with a submit; refusals: ${refusals}`);
});

function open(board: FuzzBoard, token: string): BoardClient {
  const c = connectBoard(server.wsUrl, board.workshopId, board.groupId, token);
  // Back at once after a server restart (the default backs off up to 2.5 s).
  c.provider.maxBackoffTime = 300;
  c.provider.awareness.setLocalState(null);
  notices.push(recordNotices(c));
  clients.push(c);
  return c;
}

/** A few event-loop turns, so that frames from the server interleave with the next edits. */
async function yieldTurns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Runs one operation; a limit the model refuses (it writes nothing) is a fine outcome. */
function act(gen: prng.PRNG, actor: Actor, log: string[]): void {
  try {
    log.push(randomOp(gen, actor));
  } catch (err) {
    if (!(err instanceof BoardLimitError || err instanceof ActionPointLimitError)) throw err;
  }
}

async function runSeed(seed: number): Promise<void> {
  const gen = prng.create(seed);
  const board = await server.freshBoard();
  const killing = prng.real53(gen) < 0.25;
  const steps = prng.int32(gen, 60, 120);
  const killAt = killing ? prng.int32(gen, 10, steps - 10) : -1;
  const log: string[] = [];

  // The facilitator opens the action step (both slots) before anyone types into them.
  const facilitator = open(board, board.facilitator);
  await facilitator.synced;
  const actors: Array<Actor & { client: BoardClient }> = [{
    client: facilitator, doc: facilitator.doc, origin: { ...LOCAL }, voterId: `voter-f-${seed}`, facilitator: true,
  }];
  prepareBoard(actors[0]!);
  for (let i = 1; i < CLIENTS; i++) {
    const c = open(board, board.participant);
    actors.push({ client: c, doc: c.doc, origin: { ...LOCAL }, voterId: `voter-${i}-${seed}`, facilitator: false });
  }
  await Promise.all(actors.map((a) => a.client.synced));
  await Promise.all(actors.map((a) => waitForDoc(a.doc, (d) => d.getMap('actionPoints').has('submitted'))));

  let restarting: Promise<void> = Promise.resolve();
  for (let step = 0; step < steps; step++) {
    if (step === killAt) {
      log.push('kill -9');
      restarting = server.killAndRestart();
    }
    const actor = prng.oneOf(gen, actors);
    const { provider } = actor.client;
    const r = prng.real53(gen);
    if (r < 0.08) {
      // Offline for a while (edits pile up locally), or back: in whatever order the seed says.
      if (provider.shouldConnect) provider.disconnect();
      else provider.connect();
      log.push(provider.shouldConnect ? 'connect' : 'disconnect');
    } else if (r < 0.11) {
      // The Wi-Fi drops: no close handshake; the provider reconnects by itself.
      (provider.ws as unknown as WebSocket | null)?.terminate();
      log.push('drop');
    } else {
      act(gen, actor, log);
    }
    await yieldTurns(prng.int32(gen, 0, 3));
  }
  await restarting;

  for (const a of actors) if (!a.client.provider.shouldConnect) a.client.provider.connect();
  await Promise.all(actors.map((a) => untilSynced(a.client.provider)));
  const docs = actors.map((a) => a.doc);
  const describe = () => `seed ${seed}; state vectors: ${docs.map(stateVectorOf).join(' | ')}; ops: ${log.join(',')}`;
  await untilConverged(docs, CONVERGE_MS, describe);

  // The server's state: a fresh joiner gets it, and must end with the same board as everyone.
  const fresh = open(board, board.facilitator);
  await untilSynced(fresh.provider);
  await untilConverged([...docs, fresh.doc], CONVERGE_MS, describe);
  const expected = boardJson(docs[0]!);
  for (const d of [...docs, fresh.doc]) expect(boardJson(d), describe()).toBe(expected);

  if (killing) {
    // What is stored: with every client gone (none could send anything again), kill -9 and
    // read the board back from disk alone.
    for (const a of actors) a.client.provider.disconnect();
    fresh.provider.disconnect();
    await server.killAndRestart();
    const reader = open(board, board.facilitator);
    await untilSynced(reader.provider);
    expect(sameSnapshot(reader.doc, docs[0]!), `stored board differs: ${describe()}`).toBe(true);
    expect(boardJson(reader.doc)).toBe(expected);
  }
  stats.seeds++;
  if (killing) stats.killed++;
  if (log.includes('submit')) stats.submitted++;
  stats.ops += log.length;
}

describe('convergence fuzz through the real server (5 clients, disconnects, kill -9)', () => {
  for (const seed of seedsToRun()) {
    it(`seed ${seed}`, async () => {
      try {
        await runSeed(seed);
      } catch (err) {
        console.error(`convergence fuzz failed on seed ${seed}: re-run with FUZZ_SEED=${seed} and pin it in PINNED`);
        throw err;
      }
    }, 40_000);
  }
});
