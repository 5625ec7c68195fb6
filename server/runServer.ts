import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { createDemoWorkshop } from './demo.ts';
import { createLogger } from './logger.ts';
import { settleHeapAfterStart } from './memory/settleHeap.ts';
import { isLoopback, lanAddress, reachableUrls } from './net/addresses.ts';
import { startServer } from './server.ts';

/** The composition root: configuration, server, demo workshop, signals (started by server/main.ts). */
export async function runServer(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const server = await startServer(config, log);
  // Only addresses that really reach the server: bound to 127.0.0.1 there is no LAN link,
  // bound to one address there is no localhost.
  const urls = reachableUrls(config.host, server.port, lanAddress());
  const base = config.publicUrl ?? urls.network ?? urls.local ?? `http://localhost:${server.port}`;
  log.info({ port: server.port, dataDir: config.dataDir }, 'werkbord listening');

  const lines = [`Werkbord draait / is running: ${urls.local ?? urls.network}`];
  if (urls.local && urls.network) lines.push(`In het netwerk / on the network: ${urls.network}`);
  if (config.publicUrl) lines.push(`Links: ${config.publicUrl} (PUBLIC_URL)`);
  if (!urls.network && !config.publicUrl) {
    lines.push(isLoopback(config.host)
      ? `Alleen op deze computer bereikbaar (HOST=${config.host}); voor andere laptops: HOST=0.0.0.0 of PUBLIC_URL / reachable from this computer only; for other laptops set HOST=0.0.0.0 or PUBLIC_URL`
      : 'Geen netwerkadres gevonden: links werken alleen op deze computer / no network address found: links work on this computer only');
  }
  const demoFile = join(config.dataDir, 'demo-links.txt');
  if (config.demo && (await server.storage.countWorkshops()) === 0) {
    const demo = await createDemoWorkshop(server.storage, base);
    const text = [
      `Demo: ${demo.title}`,
      `  organisator / organiser:   ${demo.links.organiser}`,
      `  facilitator:               ${demo.links.facilitator}`,
      `  plenair / plenary:         ${demo.links.plenary}`,
      `  deelnemen / join:          ${demo.links.join}`,
    ].join('\n');
    // Links are capabilities: readable by the owner only, printed only to this terminal.
    writeFileSync(demoFile, `${text}\n`, { mode: 0o600 });
    lines.push(text);
  } else if (existsSync(demoFile)) {
    // Only the first start prints the links: stdout ends up in service logs (journald, docker),
    // where a capability link must not be kept for as long as the logs are.
    lines.push(`Demo-links staan in / demo links are kept in: ${demoFile}`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
  // Started (listening, the demo stored): V8's young generation may grow again, and whatever
  // starting grew of it is given back (server/memory/settleHeap.ts).
  settleHeapAfterStart(log);

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(() => process.exit(0), (err: unknown) => {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
