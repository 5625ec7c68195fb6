import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Limits } from '../../shared/limits.ts';
import {
  ApiError, JoinResult, WorkshopCreated, WorkshopInfo, type WorkshopCreated as Created,
} from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, type BoardClient } from '../helpers/yjsClient.ts';

let server: TestServer;
let workshop: Created;
let other: Created;
const clients: BoardClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Werkconferentie', ['Groep A', 'Groep B']);
  other = await server.createWorkshop('Andere conferentie', ['X']);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

/** A JSON request to the test server; `token` goes in `Authorization: Bearer`. */
async function api(path: string, init: { method?: string; token?: string; body?: unknown; raw?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json: json as Record<string, unknown>, text };
}

/** The server is still up, and a workshop created before the bad request still answers. */
async function expectStillServing(): Promise<void> {
  expect((await api('/healthz')).json).toEqual({ status: 'ok' });
  const info = await api(`/api/workshops/${workshop.id}`, { token: workshop.tokens.organiser });
  expect(info.status).toBe(200);
  expect(info.json.title).toBe('Werkconferentie');
}

function expectApiError(res: Awaited<ReturnType<typeof api>>, status: number, error: string): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(ApiError.safeParse(res.json).success, res.text).toBe(true);
  expect(res.json.error).toBe(error);
}

describe('health and security headers', () => {
  it('GET /healthz answers 200 {"status":"ok"}', async () => {
    const res = await api('/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok' });
  });

  it.each(['/', '/w/abc/join'])('a page response (%s) carries the security headers', async (path) => {
    const res = await fetch(`${server.url}${path}`);
    await res.arrayBuffer();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    // No directive may open the page to another origin.
    expect(csp).not.toMatch(/https?:|\*/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('POST /api/workshops', () => {
  it('answers 201 with the workshop, its token family and absolute links', async () => {
    const res = await api('/api/workshops', { body: { title: '  Werkconferentie 2  ', groups: [' Noord ', 'Zuid', 'Oost'] } });
    expect(res.status).toBe(201);
    const created = WorkshopCreated.parse(res.json);
    expect(created.title).toBe('Werkconferentie 2');
    expect(created.groups.map((g) => g.name)).toEqual(['Noord', 'Zuid', 'Oost']);
    const groupIds = created.groups.map((g) => g.id);
    expect(new Set(groupIds).size).toBe(3);
    expect(Object.keys(created.tokens.participants).sort()).toEqual([...groupIds].sort());
    expect(Object.keys(created.links.groups).sort()).toEqual([...groupIds].sort());

    const { participants, ...roleTokens } = created.tokens;
    const allTokens = [...Object.values(roleTokens), ...Object.values(participants)];
    expect(new Set(allTokens).size).toBe(allTokens.length);
    for (const t of allTokens) expect(t.length).toBeGreaterThanOrEqual(40);

    const expectLink = (link: string, path: string, token: string) => {
      const url = new URL(link);
      expect(url.origin).toBe(server.url);
      expect(url.pathname).toBe(path);
      expect(url.search).toBe('');
      expect(url.hash).toBe(`#t=${token}`);
    };
    const w = `/w/${created.id}`;
    expectLink(created.links.organiser, `${w}/organiser`, created.tokens.organiser);
    expectLink(created.links.facilitator, `${w}/facilitator`, created.tokens.facilitator);
    expectLink(created.links.plenary, `${w}/plenary`, created.tokens.plenary);
    expectLink(created.links.join, `${w}/join`, created.tokens.join);
    for (const gid of groupIds) expectLink(created.links.groups[gid]!, `${w}/g/${gid}`, participants[gid]!);
  });

  it('without ADMIN_TOKEN, creating needs no Authorization header', async () => {
    const res = await api('/api/workshops', { body: { title: 'Open', groups: ['A'] } });
    expect(res.status).toBe(201);
  });

  it.each([
    ['a missing title', { groups: ['A'] }],
    ['empty groups', { title: 'T', groups: [] }],
    ['too many groups', { title: 'T', groups: Array.from({ length: Limits.maxGroups + 1 }, (_, i) => `G${i}`) }],
    ['duplicate group names (case-insensitive)', { title: 'T', groups: ['Groep A', 'groep a'] }],
    ['a group that is not a string', { title: 'T', groups: ['A', { name: 'B' }] }],
    ['a title that is too long', { title: 't'.repeat(Limits.titleLength + 1), groups: ['A'] }],
    ['an array body', [{ title: 'T', groups: ['A'] }]],
  ])('refuses %s with 400 invalid_request, and keeps serving', async (_name, body) => {
    const res = await api('/api/workshops', { body });
    expectApiError(res, 400, 'invalid_request');
    expect(String(res.json.message).length).toBeGreaterThan(0);
    await expectStillServing();
  });

  it('malformed JSON gets 400 invalid_json, and the server keeps serving', async () => {
    const res = await api('/api/workshops', { raw: '{"title": "T", "groups": [' });
    expectApiError(res, 400, 'invalid_json');
    await expectStillServing();
  });

  it('a body over 64 kB gets 413, and the server keeps serving', async () => {
    const body = JSON.stringify({ title: 'T', groups: ['A'], padding: 'x'.repeat(Limits.maxJsonBytes) });
    const res = await api('/api/workshops', { raw: body });
    expectApiError(res, 413, 'payload_too_large');
    await expectStillServing();
  });

  it('a body without a JSON content type is refused with 400', async () => {
    const res = await fetch(`${server.url}/api/workshops`, {
      method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ title: 'T', groups: ['A'] }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiError).error).toBe('invalid_request');
  });

  it.each([
    ['GET', '/api/nope'],
    ['POST', '/api/workshops/x/nope'],
    ['DELETE', '/api/workshops'],
  ])('an unknown API route (%s %s) gets 404 JSON', async (method, path) => {
    const res = await api(path, { method });
    expectApiError(res, 404, 'not_found');
    await expectStillServing();
  });

  it('the 404 message names the path but never its query string', async () => {
    const res = await api(`/api/nope?token=${workshop.tokens.organiser}`);
    expectApiError(res, 404, 'not_found');
    expect(res.text).not.toContain(workshop.tokens.organiser);
  });
});

describe('POST /api/workshops with ADMIN_TOKEN set', () => {
  const adminToken = 'beheerder-geheim-0123456789';
  let guarded: TestServer;
  beforeEach(async () => {
    guarded = await startTestServer({ ADMIN_TOKEN: adminToken });
  });
  afterEach(async () => {
    await guarded.close();
  });

  const create = (authorization?: string) => fetch(`${guarded.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ title: 'Beveiligd', groups: ['A'] }),
  });

  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer verkeerd'],
    ['the right token with one character more', `Bearer ${adminToken}x`],
    ['the right token in another scheme', `Basic ${adminToken}`],
  ])('%s: 401', async (_name, authorization) => {
    const res = await create(authorization);
    expect(res.status).toBe(401);
    expect(((await res.json()) as ApiError).error).toBe('unauthorized');
  });

  it('the right Bearer token: 201', async () => {
    const res = await create(`Bearer ${adminToken}`);
    expect(res.status).toBe(201);
    WorkshopCreated.parse(await res.json());
  });
});

describe('GET /api/workshops/:id', () => {
  it.each([
    ['organiser', (w: Created) => w.tokens.organiser, undefined],
    ['facilitator', (w: Created) => w.tokens.facilitator, undefined],
    ['plenary', (w: Created) => w.tokens.plenary, undefined],
    ['join', (w: Created) => w.tokens.join, undefined],
    ['participant', (w: Created) => w.tokens.participants[w.groups[1]!.id]!, (w: Created) => w.groups[1]!.id],
  ] as const)('the %s token gets WorkshopInfo with its role', async (role, tokenOf, groupOf) => {
    const res = await api(`/api/workshops/${workshop.id}`, { token: tokenOf(workshop) });
    expect(res.status).toBe(200);
    const info = WorkshopInfo.parse(res.json);
    const expected: WorkshopInfo = { id: workshop.id, title: 'Werkconferentie', groups: workshop.groups, role };
    if (groupOf) expected.groupId = groupOf(workshop);
    expect(info).toEqual(expected);
    // Info never carries tokens or links.
    expect(res.text).not.toContain(workshop.tokens.join);
  });

  it('no token: 401', async () => {
    expectApiError(await api(`/api/workshops/${workshop.id}`), 401, 'unauthorized');
  });

  it('a malformed Authorization header: 401', async () => {
    const res = await fetch(`${server.url}/api/workshops/${workshop.id}`, {
      headers: { authorization: workshop.tokens.organiser },
    });
    expect(res.status).toBe(401);
  });

  it('an unknown token: 401', async () => {
    expectApiError(await api(`/api/workshops/${workshop.id}`, { token: 'x'.repeat(43) }), 401, 'unauthorized');
  });

  it("another workshop's token: 403", async () => {
    expectApiError(await api(`/api/workshops/${workshop.id}`, { token: other.tokens.organiser }), 403, 'forbidden');
  });

  it('an unknown workshop id with a valid token of another workshop: 404', async () => {
    expectApiError(await api('/api/workshops/bestaatniet', { token: other.tokens.organiser }), 404, 'not_found');
  });
});

describe('GET /api/workshops/:id/links', () => {
  const links = (token: string) => api(`/api/workshops/${workshop.id}/links`, { token });

  it('organiser: every link, equal to those returned at creation', async () => {
    const res = await links(workshop.tokens.organiser);
    expect(res.status).toBe(200);
    expect(res.json).toEqual(workshop.links);
  });

  it('facilitator: every link but the organiser one', async () => {
    const { organiser: _organiser, ...rest } = workshop.links;
    const res = await links(workshop.tokens.facilitator);
    expect(res.status).toBe(200);
    expect(res.json).toEqual(rest);
    expect(res.text).not.toContain(workshop.tokens.organiser);
  });

  it('plenary: only the plenary and join links', async () => {
    const res = await links(workshop.tokens.plenary);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ plenary: workshop.links.plenary, join: workshop.links.join });
    expect(res.text).not.toContain(workshop.tokens.facilitator);
  });

  it.each([
    ['join', () => workshop.tokens.join],
    ['participant', () => workshop.tokens.participants[workshop.groups[0]!.id]!],
  ])('%s: 403', async (_role, token) => {
    expectApiError(await links(token()), 403, 'forbidden');
  });

  it("another workshop's organiser: 403, and none of this workshop's links", async () => {
    const res = await links(other.tokens.organiser);
    expectApiError(res, 403, 'forbidden');
    expect(res.text).not.toContain(workshop.tokens.plenary);
  });
});

describe('POST /api/workshops/:id/join', () => {
  const join = (token: string, body: unknown) => api(`/api/workshops/${workshop.id}/join`, { token, body });

  it.each([
    ['join', () => workshop.tokens.join],
    ['facilitator', () => workshop.tokens.facilitator],
    ['organiser', () => workshop.tokens.organiser],
  ])("the %s token gets the group's participant token and link", async (_role, token) => {
    const group = workshop.groups[1]!;
    const res = await join(token(), { groupId: group.id });
    expect(res.status).toBe(200);
    const result = JoinResult.parse(res.json);
    expect(result).toEqual({
      groupId: group.id,
      token: workshop.tokens.participants[group.id],
      link: workshop.links.groups[group.id],
    });
  });

  it("the returned token is that group's participant and opens that group's board", async () => {
    const group = workshop.groups[0]!;
    const { json } = await join(workshop.tokens.join, { groupId: group.id });
    const { token } = JoinResult.parse(json);
    const info = WorkshopInfo.parse((await api(`/api/workshops/${workshop.id}`, { token })).json);
    expect(info).toMatchObject({ role: 'participant', groupId: group.id });
    const board = connectBoard(server.wsUrl, workshop.id, group.id, token);
    clients.push(board);
    await board.synced;
  });

  it.each([
    ['participant', () => workshop.tokens.participants[workshop.groups[0]!.id]!],
    ['plenary', () => workshop.tokens.plenary],
  ])('the %s token: 403', async (_role, token) => {
    expectApiError(await join(token(), { groupId: workshop.groups[0]!.id }), 403, 'forbidden');
  });

  it("another workshop's join token: 403", async () => {
    expectApiError(await join(other.tokens.join, { groupId: workshop.groups[0]!.id }), 403, 'forbidden');
  });

  it('no token: 401', async () => {
    expectApiError(await api(`/api/workshops/${workshop.id}/join`, { body: { groupId: workshop.groups[0]!.id } }), 401, 'unauthorized');
  });

  it("an unknown group, or another workshop's group: 404", async () => {
    expectApiError(await join(workshop.tokens.join, { groupId: 'bestaatniet' }), 404, 'not_found');
    expectApiError(await join(workshop.tokens.join, { groupId: other.groups[0]!.id }), 404, 'not_found');
  });

  it.each([
    ['an empty body', {}],
    ['a numeric groupId', { groupId: 7 }],
    ['an empty groupId', { groupId: '' }],
    ['a groupId over 64 characters', { groupId: 'g'.repeat(65) }],
  ])('%s: 400', async (_name, body) => {
    expectApiError(await join(workshop.tokens.join, body), 400, 'invalid_request');
    await expectStillServing();
  });

  it('malformed JSON: 400 invalid_json', async () => {
    const res = await api(`/api/workshops/${workshop.id}/join`, { token: workshop.tokens.join, raw: '{groupId:' });
    expectApiError(res, 400, 'invalid_json');
  });
});
