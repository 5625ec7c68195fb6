import { afterEach, describe, expect, it } from 'vitest';
import { lanAddress } from '../../server/net/addresses.ts';
import { LinkBase, WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/* Issue 10: links and QR codes point where the room can reach the server. */

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(env: Record<string, string>): Promise<TestServer> {
  const s = await startTestServer(env);
  servers.push(s);
  return s;
}

const linkBase = async (s: TestServer) => LinkBase.parse(await (await fetch(`${s.url}/api/link-base`)).json());

describe('GET /api/link-base and the links of a new workshop', () => {
  it('bound to every interface, a browser on 127.0.0.1 gets links with the LAN address', async () => {
    const lan = lanAddress();
    const s = await start({ HOST: '0.0.0.0' });
    const base = await linkBase(s);
    if (!lan) {
      expect(base.localOnly).toBe(true); // a machine without a network: said so
      return;
    }
    expect(base).toEqual({ base: `http://${lan}:${s.port}`, source: 'lan', localOnly: false });
    const created = WorkshopCreated.parse(await (await fetch(`${s.url}/api/workshops`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'LAN', groups: ['A'] }),
    })).json());
    for (const link of [created.links.organiser!, created.links.join, created.links.plenary]) {
      expect(link.startsWith(`http://${lan}:${s.port}/w/`)).toBe(true);
    }
    // The LAN address really reaches it.
    expect((await fetch(`http://${lan}:${s.port}/healthz`)).status).toBe(200);
  });

  it('bound to loopback, the links are local only and the endpoint says so', async () => {
    const s = await start({ HOST: '127.0.0.1' });
    expect(await linkBase(s)).toEqual({ base: s.url, source: 'request', localOnly: true });
  });

  it('PUBLIC_URL is used as it is', async () => {
    const s = await start({ HOST: '127.0.0.1', PUBLIC_URL: 'https://werkbord.example/' });
    expect(await linkBase(s)).toEqual({ base: 'https://werkbord.example', source: 'publicUrl', localOnly: false });
    const created = WorkshopCreated.parse(await (await fetch(`${s.url}/api/workshops`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://werkbord.example' },
      body: JSON.stringify({ title: 'Publiek', groups: ['A'] }),
    })).json());
    expect(created.links.join.startsWith('https://werkbord.example/w/')).toBe(true);
  });
});
