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

export interface ChildServerOptions {
  /**
   * Run the built server, dist/server/main.js (`npm run build:server`), with bare node as
   * `npm start` does, instead of server/main.ts through tsx. NODE_OPTIONS is dropped too, so
   * that no loader inherited from the test runner can hide a file the build is missing.
   */
  built?: boolean;
  /** Node flags before the entry (e.g. `--max-semi-space-size=1` in bench:memory). */
  nodeArgs?: string[];
  /** With `built`: another build's main.js instead of dist/server/main.js (bench:memory's `--entry`, to compare builds). */
  entry?: string;
}

/**
 * Starts `server/main.ts` (or the built `dist/server/main.js`) as its own node process (not
 * through npm or npx, whose shell would survive a kill of the parent) and resolves once it
 * prints its address.
 */
export function startChildServer(dataDir: string, env: Record<string, string> = {}, options: ChildServerOptions = {}): Promise<ChildServer> {
  const root = process.cwd();
  const args = [...(options.nodeArgs ?? []), ...(options.built ? [options.entry ?? join(root, 'dist/server/main.js')] : ['--import', 'tsx', join(root, 'server/main.ts')])];
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  if (options.built) delete inherited.NODE_OPTIONS;
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '0', LOG_LEVEL: 'warn', ...env },
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
