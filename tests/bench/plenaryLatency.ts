import { setActionText } from '../../shared/board/actionPoints.ts';
import type { PlenarySnapshot } from '../../shared/schemas/plenary.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { startTestServer } from '../helpers/testServer.ts';
import { connectBoard } from '../helpers/yjsClient.ts';

/**
 * `npm run bench:plenary`: the latency from a group's edit to the plenary snapshot that shows
 * it, on a Socket.IO client with the plenary token, while 8 groups edit at once. Each group's
 * stock WebsocketProvider rewrites its first action point's title every 50-150 ms with a
 * sequence number in it. An edit counts as shown by the first snapshot holding that sequence
 * number or a later one of the same group (the throttle sends the latest state, so an edit
 * overtaken within one interval is shown by its successor). Prints figures only.
 */
const GROUPS = 8;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

const server = await startTestServer();
const workshop = await server.createWorkshop('Benchmark', Array.from({ length: GROUPS }, (_, i) => `Groep ${i + 1}`));
const boards = workshop.groups.map((g) => connectBoard(server.wsUrl, workshop.id, g.id, workshop.tokens.participants[g.id]));
await Promise.all(boards.map((b) => b.synced));
const plenary = await connectControl(server.url, workshop.id, workshop.tokens.plenary);

const sentAt = boards.map(() => [] as number[]);
const shownUpTo = boards.map(() => 0);
const latencies: number[] = [];
let snapshots = 0;

plenary.socket.on('plenary', ({ snapshot }: { snapshot: PlenarySnapshot }) => {
  const now = performance.now();
  snapshots++;
  snapshot.groups.forEach((g, i) => {
    const seq = Number(/#(\d+)$/.exec(g.actionPoints[0].title)?.[1] ?? 0);
    for (let s = shownUpTo[i]! + 1; s <= seq; s++) latencies.push(now - sentAt[i]![s]!);
    shownUpTo[i] = Math.max(shownUpTo[i]!, seq);
  });
});

const until = performance.now() + SECONDS * 1000;
await Promise.all(boards.map((board, i) => new Promise<void>((resolve) => {
  let seq = 0;
  const tick = () => {
    if (performance.now() >= until) return resolve();
    seq++;
    sentAt[i]![seq] = performance.now();
    setActionText(board.doc, 0, 'title', `Groep ${i + 1} actiepunt #${seq}`, { kind: 'local' });
    setTimeout(tick, 50 + Math.random() * 100);
  };
  tick();
})));
const sent = sentAt.map((s) => s.length - 1);
// The last edits' snapshots arrive within an interval or two.
await plenary.snapshotWhere((s) => s.groups.every((g, i) => g.actionPoints[0].title.endsWith(`#${sent[i]}`)));

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;
process.stdout.write([
  `plenary latency, ${GROUPS} groups editing for ${SECONDS} s (edit → snapshot on a Socket.IO client)`,
  `  edits: ${sent.reduce((a, b) => a + b, 0)}, measured: ${sorted.length}, snapshots received: ${snapshots}`,
  `  p50 ${ms(pct(50))}  p95 ${ms(pct(95))}  p99 ${ms(pct(99))}  max ${ms(sorted.at(-1)!)}`,
  '',
].join('\n'));

plenary.close();
for (const b of boards) b.destroy();
await server.close();
