import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';

export interface TestServer extends RunningServer {
  url: string;
  wsUrl: string;
  dataDir: string;
  /** Creates a workshop through the real REST API. */
  createWorkshop(title?: string, groups?: string[]): Promise<WorkshopCreated>;
}

/**
 * Starts the real server in this process on a random port with a fresh temporary data folder.
 * Call `close()` in teardown; it also removes the folder unless `keepDataDir` is set.
 */
export async function startTestServer(env: Record<string, string> = {}, keepDataDir = false): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'werkbord-test-'));
  const config: Config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DEMO: '0', LOG_LEVEL: 'silent', DOC_UNLOAD_MS: '200',
    CLIENT_DIR: join(process.cwd(), 'dist/client'), ...env, DATA_DIR: dataDir,
  });
  const server = await startServer(config, createLogger(config.logLevel));
  const url = `http://127.0.0.1:${server.port}`;
  return {
    ...server,
    url,
    wsUrl: `ws://127.0.0.1:${server.port}`,
    dataDir,
    async close() {
      await server.close();
      if (!keepDataDir && !env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
    async createWorkshop(title = 'Testconferentie', groups = ['Groep A', 'Groep B']) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (env.ADMIN_TOKEN) headers.authorization = `Bearer ${env.ADMIN_TOKEN}`;
      const res = await fetch(`${url}/api/workshops`, {
        // Blank boards: tests count what they write themselves (the template has its own tests).
        method: 'POST', headers, body: JSON.stringify({ title, groups, template: 'blank' }),
      });
      if (res.status !== 201) throw new Error(`create workshop: ${res.status} ${await res.text()}`);
      return (await res.json()) as WorkshopCreated;
    },
  };
}
