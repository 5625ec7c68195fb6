import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../shared/board/readBoard.ts';
import { Limits } from '../../shared/limits.ts';
import { CaseTexts, DEFAULT_COVENANT_SUBJECT, WorkshopDetails } from '../../shared/schemas/organiser.ts';
import { DETAILS_STATE_KEY } from '../../server/organiser/details.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

let server: TestServer;
let workshop: WorkshopCreated;
const boards: BoardClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Werkconferentie', ['Groep A', 'Groep B']);
});
afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  await server.close();
});

async function call(method: string, path: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const gid = (i: number) => workshop.groups[i]!.id;
const details = (token?: string) => call('GET', `/api/workshops/${workshop.id}/details`, token);
const patch = (body: unknown, token = workshop.tokens.organiser) => call('PATCH', `/api/workshops/${workshop.id}`, token, body);

describe('workshop details', () => {
  it('start with the created title and empty fields', async () => {
    const res = await details(workshop.tokens.facilitator);
    expect(res.status).toBe(200);
    expect(WorkshopDetails.parse(res.json)).toEqual({
      title: 'Werkconferentie', date: '', place: '', description: '', signingPlace: '', covenantSubject: DEFAULT_COVENANT_SUBJECT,
    });
  });

  it('a record stored before the place of signing and the subject existed reads their defaults', async () => {
    await server.storage.setState(workshop.id, DETAILS_STATE_KEY, JSON.stringify({ title: 'Oud', date: '', place: 'Zaal 2', description: '' }));
    expect((await details(workshop.tokens.organiser)).json).toMatchObject({
      title: 'Oud', place: 'Zaal 2', signingPlace: '', covenantSubject: DEFAULT_COVENANT_SUBJECT,
    });
  });

  it('PATCH changes the given fields (trimmed), keeps the others, and is stored', async () => {
    const first = await patch({ date: '2026-03-12', place: '  Stadhuis, ’s-Hertogenbosch ' });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      title: 'Werkconferentie', date: '2026-03-12', place: 'Stadhuis, ’s-Hertogenbosch', description: '',
      signingPlace: '', covenantSubject: DEFAULT_COVENANT_SUBJECT, deleteAfter: expect.any(Number),
    });
    const second = await patch({
      title: 'Werkconferentie ĳsselstreek', description: 'Regel 1\nRegel <2>', signingPlace: " 's-Hertogenbosch ", covenantSubject: 'Samen tegen woonoverlast',
    });
    expect(second.json).toEqual({
      title: 'Werkconferentie ĳsselstreek', date: '2026-03-12', place: 'Stadhuis, ’s-Hertogenbosch', description: 'Regel 1\nRegel <2>',
      signingPlace: "'s-Hertogenbosch", covenantSubject: 'Samen tegen woonoverlast', deleteAfter: expect.any(Number),
    });
    expect((await details(workshop.tokens.organiser)).json).toEqual(second.json);
    expect(await patch({ date: '' })).toMatchObject({ status: 200, json: { date: '' } });
    // An empty subject means "no subtitle", an empty place "dots to fill in": both are kept as ''.
    expect(await patch({ covenantSubject: ' ', signingPlace: '' })).toMatchObject({ status: 200, json: { covenantSubject: '', signingPlace: '' } });
  });

  it('the place of signing and the subject go into the covenant; the venue never signs', async () => {
    expect((await patch({ place: 'Wijkcentrum De Brug, zaal 2', signingPlace: 'Zwolle', covenantSubject: 'Samen wonen' })).status).toBe(200);
    const docText = async () => {
      const res = await fetch(`${server.url}/api/workshops/${workshop.id}/export?format=docx`, {
        headers: { authorization: `Bearer ${workshop.tokens.organiser}` },
      });
      expect(res.status).toBe(200);
      const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']!);
      return xml.replace(/<[^>]+>/g, '');
    };
    const signed = await docText();
    expect(signed).toContain('Aldus overeengekomen en ondertekend te Zwolle op');
    expect(signed).toContain('Convenant Samen wonen');
    expect(signed).not.toContain('Aanpak discriminatie en woonoverlast');
    expect((await patch({ signingPlace: '' })).status).toBe(200);
    expect(await docText()).toContain('Aldus overeengekomen en ondertekend te …………………… op');
  });

  it.each([
    ['an empty title', { title: '   ' }],
    ['a too long title', { title: 'x'.repeat(Limits.titleLength + 1) }],
    ['a date that is not YYYY-MM-DD', { date: '12-03-2026' }],
    ['an impossible date', { date: '2026-02-30' }],
    ['an unknown field', { colour: 'red' }],
    ['a non-string', { place: 12 }],
    ['a venue as the place of signing', { signingPlace: 'Wijkcentrum De Brug, zaal 2' }],
    ['a place of signing with a line break', { signingPlace: 'Utrecht\nZaal 2' }],
    ['a too long place of signing', { signingPlace: 'A'.repeat(81) }],
    ['a subject of two lines', { covenantSubject: 'Aanpak\ndiscriminatie' }],
    ['a too long subject', { covenantSubject: 'x'.repeat(121) }],
  ])('PATCH refuses %s with 400', async (_what, body) => {
    const res = await patch(body);
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('invalid_request');
  });

  it('only the organiser may PATCH; participants and join tokens may not read them', async () => {
    expect((await patch({ place: 'x' }, '')).status).toBe(401);
    for (const token of [workshop.tokens.facilitator, workshop.tokens.plenary, workshop.tokens.participants[gid(0)]!]) {
      expect((await patch({ place: 'x' }, token)).status).toBe(403);
    }
    for (const token of [workshop.tokens.join, workshop.tokens.participants[gid(0)]!]) {
      expect((await details(token)).status).toBe(403);
    }
    expect((await details()).status).toBe(401);
  });
});

describe('case texts', () => {
  const put = (groupId: string, text: unknown, token = workshop.tokens.organiser) =>
    call('PUT', `/api/workshops/${workshop.id}/groups/${groupId}/case`, token, { text });

  it('PUT writes the case card into the live board: connected laptops see it, and it is stored', async () => {
    const laptop = connectBoard(server.wsUrl, workshop.id, gid(0), workshop.tokens.participants[gid(0)]);
    boards.push(laptop);
    await laptop.synced;
    const text = 'Casus: een gezin krijgt racistische opmerkingen; <b>wat nu</b>? ĳ';
    expect(await put(gid(0), text)).toEqual({ status: 200, json: { groupId: gid(0), text } });
    await waitForDoc(laptop.doc, (d) => readBoard(d).caseCard?.text === text);
    const cases = CaseTexts.parse((await call('GET', `/api/workshops/${workshop.id}/cases`, workshop.tokens.facilitator)).json);
    expect(cases.cases).toEqual([{ groupId: gid(0), name: 'Groep A', text }, { groupId: gid(1), name: 'Groep B', text: '' }]);

    // Edited in place, and stored before the reply.
    expect((await put(gid(0), 'Korter', workshop.tokens.facilitator)).status).toBe(200);
    await waitForDoc(laptop.doc, (d) => readBoard(d).caseCard?.text === 'Korter');
    const stored = new Y.Doc();
    for (const update of (await server.storage.loadDoc(`${workshop.id}/${gid(0)}`)).updates) Y.applyUpdate(stored, update);
    expect(readBoard(stored).caseCard?.text).toBe('Korter');
  });

  it('refuses other roles, unknown groups and oversize text', async () => {
    expect((await put(gid(0), 'x', workshop.tokens.plenary)).status).toBe(403);
    expect((await put(gid(0), 'x', workshop.tokens.participants[gid(0)]!)).status).toBe(403);
    expect((await put('onbekend', 'x')).status).toBe(404);
    expect((await put(gid(0), 'x'.repeat(Limits.caseTextLength + 1))).status).toBe(400);
    expect((await put(gid(0), 42)).status).toBe(400);
    expect((await call('GET', `/api/workshops/${workshop.id}/cases`, workshop.tokens.plenary)).status).toBe(403);
  });
});
