import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../helpers/childServer.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

// Issue 8, finding 9: werkbord.db was world-readable (0644), and the organiser link with its
// token was printed to stdout at every start, so it landed in service logs.

let root: string;
let server: TestServer | undefined;
let child: ChildServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (child && child.child.exitCode === null) {
    child.child.kill('SIGTERM');
    await child.exited;
  }
  child = undefined;
  rmSync(root, { recursive: true, force: true });
});

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

function modes(dataDir: string): Record<string, string> {
  const found: Record<string, string> = { [dataDir]: modeOf(dataDir) };
  for (const name of ['werkbord.db', 'werkbord.db-wal', 'werkbord.db-shm']) {
    found[name] = existsSync(join(dataDir, name)) ? modeOf(join(dataDir, name)) : 'missing';
  }
  return found;
}

describe('the data folder is private', () => {
  it('a fresh data folder is 0700 and werkbord.db, -wal and -shm are 0600, whatever the umask', async () => {
    root = mkdtempSync(join(tmpdir(), 'werkbord-files-'));
    const dataDir = join(root, 'data');
    const umask = process.umask(0o022);
    try {
      server = await startTestServer({ DATA_DIR: dataDir });
      await server.createWorkshop('Privé', ['A']);
    } finally {
      process.umask(umask);
    }
    expect(modes(dataDir)).toEqual({ [dataDir]: '700', 'werkbord.db': '600', 'werkbord.db-wal': '600', 'werkbord.db-shm': '600' });
  });

  it('a folder and database left world-readable by an older version are made private at start', async () => {
    root = mkdtempSync(join(tmpdir(), 'werkbord-files-'));
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    server = await startTestServer({ DATA_DIR: dataDir });
    await server.createWorkshop('Privé', ['A']);
    await server.close();
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'werkbord.db'), 0o644);
    server = await startTestServer({ DATA_DIR: dataDir });
    await server.createWorkshop('Nog een', ['B']);
    expect(modes(dataDir)).toEqual({ [dataDir]: '700', 'werkbord.db': '600', 'werkbord.db-wal': '600', 'werkbord.db-shm': '600' });
  });
});

describe('the demo links are printed on the first start only', () => {
  it('later starts say where the links are kept, without a token', async () => {
    root = mkdtempSync(join(tmpdir(), 'werkbord-files-'));
    const dataDir = join(root, 'data');
    child = await startChildServer(dataDir, { DEMO: '1' });
    const first = child.stdout();
    expect(first).toMatch(/organiser:\s+http:\/\/\S+\/organiser#t=\S+/);
    child.child.kill('SIGTERM');
    await child.exited;

    child = await startChildServer(dataDir, { DEMO: '1' });
    const second = child.stdout();
    expect(second).not.toContain('#t=');
    expect(second).toContain(join(dataDir, 'demo-links.txt'));
    expect(modeOf(join(dataDir, 'demo-links.txt'))).toBe('600');
  });
});

describe('the start banner prints only addresses that reach the server (issue 10)', () => {
  it('bound to 127.0.0.1: no LAN link, the demo links on 127.0.0.1, and it says so', async () => {
    root = mkdtempSync(join(tmpdir(), 'werkbord-files-'));
    child = await startChildServer(join(root, 'data'), { DEMO: '1', HOST: '127.0.0.1' });
    const out = child.stdout();
    expect(out).toMatch(/running: http:\/\/127\.0\.0\.1:\d+/);
    expect(out).not.toContain('on the network');
    expect(out).toContain('Alleen op deze computer bereikbaar (HOST=127.0.0.1)');
    expect(out).toMatch(/organiser:\s+http:\/\/127\.0\.0\.1:\d+\/w\//);
  });

  it('bound to every interface: localhost and the LAN address, demo links on the LAN address', async () => {
    const { lanAddress } = await import('../../server/net/addresses.ts');
    const lan = lanAddress();
    root = mkdtempSync(join(tmpdir(), 'werkbord-files-'));
    child = await startChildServer(join(root, 'data'), { DEMO: '1', HOST: '0.0.0.0' });
    const out = child.stdout();
    if (!lan) return expect(out).toContain('Geen netwerkadres gevonden');
    expect(out).toContain(`on the network: http://${lan}:`);
    expect(out).toMatch(new RegExp(`organiser:\\s+http://${lan.replace(/\./g, '\\.')}:\\d+/w/`));
  });
});
