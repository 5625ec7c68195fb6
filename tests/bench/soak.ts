/**
 * `npm run bench:soak` (not in CI): issue 8's soak. 40 groups × 8 honest stock y-websocket
 * clients edit notes for 10 minutes against the real server (a child process on a fresh data
 * folder), while one hostile client per 10 groups sends the attacks of findings 1, 2, 4 and 5.
 * Every minute it prints the honest clients' fan-out latency, the server's memory and database
 * size, deliveries and what the attacks achieved; at the end, whether any honest edit is
 * missing from a fresh joiner.
 *
 * Environment (tests/bench/soak/config.ts): DURATION_S (600), GROUP_COUNT (40), CLIENTS_PER_GROUP (8),
 * GROUPS_PER_HOSTILE (10), EDIT_MEAN_MS (4000), ATTACK_INTERVAL_MS (4000), ATTACK_BYTES
 * (1500000), ATTACKED_BOARD_CAP_MB (20), REPORT_S (60).
 *
 * Latency is measured in this process, which also runs every client: its own event-loop delay
 * is printed beside it, since on a 2-core machine the load generator competes with the server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startChildServer } from '../helpers/childServer.ts';
import { soakConfig } from './soak/config.ts';
import { Ledger, type HonestGroup } from './soak/honest.ts';
import { HostileAgent, tallies } from './soak/hostile.ts';
import { databaseMiB, fmt, rssMiB } from './soak/metrics.ts';
import { createBoards, openGroup, openObserver, type BoardAddress } from './soak/setup.ts';
import { lostEdits, untilDelivered } from './soak/verify.ts';
import type { NoticeLog } from '../helpers/boardAttack.ts';

const cfg = soakConfig();
const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-soak-'));
const server = await startChildServer(dataDir, {
  LOG_LEVEL: 'error',
  // Hundreds of clients from one address is the point here, not what the flood limits guard.
  RATE_LIMIT_JOIN_PER_MIN: '1000000',
  RATE_LIMIT_CREATE_PER_MIN: '1000000',
  RATE_LIMIT_AUTH_FAILURES_PER_MIN: '1000000',
});
const pid = server.child.pid!;
let serverGone = false;
let stopping = false;
void server.exited.then((code) => {
  serverGone = true;
  if (!stopping) console.log(`!! the server exited (code ${code})`);
});
// Every WebsocketProvider in Node adds an 'exit' listener; hundreds of them are expected here.
process.setMaxListeners(0);

const ledger = new Ledger();
const boards = await createBoards(server.url, server.wsUrl, cfg.GROUP_COUNT);
const groups: HonestGroup[] = [];
const honestNotices: NoticeLog[] = [];
const agents: Array<{ agent: HostileAgent; board: BoardAddress; group: HonestGroup }> = [];
const big = 'x'.repeat(cfg.ATTACK_BYTES);

console.log(`soak: ${cfg.GROUP_COUNT} groups × ${cfg.CLIENTS_PER_GROUP} honest clients, one hostile client per ${cfg.GROUPS_PER_HOSTILE} groups, `
  + `${cfg.DURATION_S} s, an edit every ~${cfg.EDIT_MEAN_MS} ms per client, an attack every ${cfg.ATTACK_INTERVAL_MS} ms per hostile client`);
for (const [index, board] of boards.entries()) {
  const attacked = index % cfg.GROUPS_PER_HOSTILE === 0;
  const { group, notices } = await openGroup(board, index, attacked, cfg, ledger);
  groups.push(group);
  honestNotices.push(...notices);
  if (attacked) {
    const observer = await openObserver(board);
    const agent = new HostileAgent(observer, group, board, board, big, cfg.ATTACKED_BOARD_CAP_MB * 2 ** 20);
    await agent.synced;
    agents.push({ agent, board, group });
  }
}
const rssStart = rssMiB(pid);
const dbStart = databaseMiB(dataDir);
console.log(`connected: ${groups.length * cfg.CLIENTS_PER_GROUP} honest clients, ${agents.length} hostile (+ ${agents.length} plenary, ${agents.length} observers); `
  + `server RSS ${fmt(rssStart)} MiB, database ${fmt(dbStart, 1)} MiB`);

const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
for (const g of groups) for (const m of g.members) m.start();
for (const { agent } of agents) agent.start(cfg.ATTACK_INTERVAL_MS);

const started = Date.now();
while (!serverGone && Date.now() - started < cfg.DURATION_S * 1000) {
  const left = cfg.DURATION_S * 1000 - (Date.now() - started);
  await new Promise((resolve) => setTimeout(resolve, Math.min(cfg.REPORT_S * 1000, left)));
  await report(`${fmt((Date.now() - started) / 1000)} s`);
}

for (const g of groups) for (const m of g.members) m.stop();
for (const { agent } of agents) agent.stop();
console.log('\nedits stopped; waiting for every honest edit to reach every group member (at most 120 s)…');
const delivered = await untilDelivered(ledger, 120_000);
const lost = serverGone ? ['the server is gone'] : await lostEdits(boards, ledger);
await report('end');

const overall = ledger.latency.overall();
const attackedOverall = ledger.attackedLatency.overall();
console.log('\n== soak result ==');
console.log(`honest fan-out latency over the run: p50 ${fmt(overall.p50)} ms, p99 ${fmt(overall.p99)} ms (${overall.count} deliveries); `
  + `on attacked boards p50 ${fmt(attackedOverall.p50)} ms, p99 ${fmt(attackedOverall.p99)} ms`);
console.log(`server RSS ${fmt(rssStart)} → ${fmt(rssMiB(pid))} MiB; database ${fmt(dbStart, 1)} → ${fmt(databaseMiB(dataDir), 1)} MiB`);
console.log(`deliveries: ${ledger.received} received of ${ledger.expected} expected${delivered ? '' : ' (NOT all arrived)'}`);
console.log(lost.length === 0 ? 'nothing lost: every honest edit is on a fresh joiner\'s board'
  : `LOST ${lost.length} honest notes:\n  ${lost.slice(0, 20).join('\n  ')}`);
const refusedHonest = honestNotices.flatMap((n) => n.notices).filter((n) => n.kind === 'refused').length;
console.log(`honest clients: ${refusedHonest} refusal notices; ${[...ledger.honestTrouble].map(([k, v]) => `${k}: ${v}`).join(', ') || 'no sockets closed by the server'}`);
console.log('\nattacks (took effect = an honest member\'s copy shows it):');
for (const [name, t] of tallies) {
  const refusals = [...t.refusals].map(([r, n]) => `${r} ${n}`).join(', ') || '–';
  const closes = [...t.closes].map(([c, n]) => `${c}×${n}`).join(', ') || '–';
  console.log(`  ${name}: sent ${t.sent}, took effect ${t.tookEffect}, kept out ${t.keptOut}, not visible ${t.unseen}, paused ${t.paused}; `
    + `refusal notices ${refusals}; attacker closed ${closes}`);
}

for (const g of groups) for (const m of g.members) m.destroy();
for (const { agent } of agents) {
  agent.observer.destroy();
  agent.destroy();
}
lag.disable();
stopping = true;
server.child.kill('SIGTERM');
await server.exited;
rmSync(dataDir, { recursive: true, force: true });
process.exit(lost.length === 0 && delivered ? 0 : 1);

function kB(bytes: number): string {
  return `${fmt(bytes / 1024)} kB`;
}

/** One report line (plus the attacked boards' line). */
async function report(label: string): Promise<void> {
  const win = ledger.latency.take();
  const att = ledger.attackedLatency.take();
  const lagP99 = lag.percentile(99) / 1e6;
  lag.reset();
  const joiners = await Promise.all(agents.map(({ agent, board }) => agent.lateJoiner(board, board.facilitator)));
  const effects = [...tallies.values()].reduce((s, t) => s + t.tookEffect, 0);
  const sent = [...tallies.values()].reduce((s, t) => s + t.sent, 0);
  console.log(`[${label}] fan-out p50 ${fmt(win.p50)} ms p99 ${fmt(win.p99)} ms (${win.count}); attacked boards p99 ${fmt(att.p99)} ms | `
    + `server RSS ${fmt(rssMiB(pid))} MiB | database ${fmt(databaseMiB(dataDir), 1)} MiB | deliveries ${ledger.received}/${ledger.expected} | `
    + `bench RSS ${fmt(process.memoryUsage().rss / 2 ** 20)} MiB, loop lag p99 ${fmt(lagP99)} ms`);
  console.log(`${' '.repeat(label.length + 3)}attacks sent ${sent}, took effect ${effects} | late joiner on attacked boards: `
    + `${joiners.map((j) => `${kB(j.bytes)} (pending ${kB(j.pending)})`).join(', ')} | a member received ${agents.map(({ agent }) => kB(agent.observerBytes)).join(', ')}`);
}
