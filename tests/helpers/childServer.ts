import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ChildServer {
  child: ChildProcess;
  url: string;
  wsUrl: string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  /** Everything it printed to stdout so far. */
  stdout(): string;
}

/**
 * Starts `server/main.ts` as its own node process (not through npm or npx, whose shell would
 * survive a kill of the parent) and resolves once it prints its address.
 */
export function startChildServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const root = process.cwd();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // Bound to 127.0.0.1, the banner names that address (only reachable addresses are printed).
      const match = /running: http:\/\/(?:localhost|127\.0\.0\.1):(\d+)/.exec(out);
      if (match) {
        resolve({ child, url: `http://127.0.0.1:${match[1]}`, wsUrl: `ws://127.0.0.1:${match[1]}`, exited, stdout: () => out });
      }
    });
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening: ${err}`)));
  });
}
