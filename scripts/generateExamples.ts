import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../server/config.ts';
import { DEMO_WORKSHOP, createDemoWorkshop } from '../server/demo.ts';
import { createLogger } from '../server/logger.ts';
import { startServer } from '../server/server.ts';
import { fillActionPoints, runPlenary } from '../tests/helpers/fillWorkshop.ts';
import { DEMO_FILLS, demoPlenary } from './demoContent.ts';

/*
 * `npm run examples`: writes docs/examples/, a sample of every export, from the demo workshop
 * filled with invented action points (no real person's or organisation's name). It starts the
 * real server in this process on a temporary data folder, fills the boards through a stock
 * y-websocket client and runs the plenary over Socket.IO, exactly as people would, and then
 * downloads each export through the public API.
 */

const OUT = join(process.cwd(), 'docs/examples');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-examples-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DEMO: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DOC_UNLOAD_MS: '200' });
  const server = await startServer(config, createLogger(config.logLevel));
  const url = `http://127.0.0.1:${server.port}`;
  const endpoint = { url, wsUrl: `ws://127.0.0.1:${server.port}` };
  try {
    const workshop = await createDemoWorkshop(server.storage, url);
    const token = workshop.tokens.organiser;
    const api = async (method: string, path: string, body?: unknown): Promise<Response> => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res;
    };

    await api('PATCH', `/api/workshops/${workshop.id}`, {
      date: '2026-03-12',
      place: 'Wijkcentrum De Brug',
      description: 'Ongeveer 37 procent van de meldingen van discriminatie speelt zich af in de eigen woonomgeving. Langlopende burenconflicten worden vaak niet opgelost door een uitspraak van de rechter of door bemiddeling.\n\nOp deze werkconferentie zochten gemeenten, woningcorporaties, politie en de antidiscriminatievoorziening samen naar een betere aanpak. Dit opzet-convenant bundelt de afspraken die de deelnemers in het plenaire deel hebben aangenomen.',
    });
    for (const [i, group] of workshop.groups.entries()) {
      await api('PUT', `/api/workshops/${workshop.id}/groups/${group.id}/case`, { text: DEMO_WORKSHOP.groups[i]?.case ?? '' });
    }

    await fillActionPoints(endpoint, workshop, DEMO_FILLS);
    await runPlenary(endpoint, workshop, demoPlenary(workshop));

    mkdirSync(OUT, { recursive: true });
    const files: [string, string][] = [
      [`/api/workshops/${workshop.id}/export?format=csv`, 'actiepunten.csv'],
      [`/api/workshops/${workshop.id}/export?format=md`, 'actiepunten.md'],
      [`/api/workshops/${workshop.id}/export?format=json`, 'actiepunten.json'],
      [`/api/workshops/${workshop.id}/export?format=docx`, 'opzet-convenant.docx'],
      [`/api/workshops/${workshop.id}/export?format=pdf`, 'verslag.pdf'],
      [`/api/workshops/${workshop.id}/boards/${workshop.groups[0]!.id}.svg`, 'bord-groep-1.svg'],
    ];
    for (const [path, name] of files) {
      const bytes = Buffer.from(await (await api('GET', path)).arrayBuffer());
      writeFileSync(join(OUT, name), bytes);
      process.stdout.write(`docs/examples/${name} (${bytes.length} bytes)\n`);
    }
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
