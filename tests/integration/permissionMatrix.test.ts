import { readFileSync } from 'node:fs';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actionPointsOf } from '../../shared/board/actionPoints.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import { Action, Role, can } from '../../shared/roles.ts';
import { clientEventSchemas, type ControlError, type PresenceMember } from '../../shared/schemas/control.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { sessionCommands } from '../../server/session/commands.ts';
import { openBoardProbe, updateFrom, type BoardProbe } from '../helpers/boardProbe.ts';
import { connectControl, type RecordingClient } from '../helpers/controlClient.ts';
import { fillActionPoints } from '../helpers/fillWorkshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/*
 * The permission table (shared/permissions.ts) against the real server, on all three channels:
 * for every role and every REST route, control event and board-channel action, the server
 * allows exactly what `can()` says. A refusal is a 403, a `control:error` with code
 * `forbidden`, or a board write that the server does not keep. The expectations are computed
 * from the table, never written out, so that a change to the table is a change of the server.
 */

const local = { kind: 'local' } as const;
let server: TestServer;
let w: WorkshopCreated;
/** A second workshop, only to be deleted. */
let doomed: WorkshopCreated;
const A = () => w.groups[0]!.id;
const B = () => w.groups[1]!.id;

/** Who knocks: a role with its token; the participant belongs to group A (or, as `other`, to B). */
interface Subject { label: string; role: Role; token: string; groupId?: string }
function subjects(of: WorkshopCreated, withOther = false): Subject[] {
  const list: Subject[] = (['organiser', 'facilitator', 'plenary', 'join'] as const)
    .map((role) => ({ label: role, role, token: of.tokens[role] }));
  const [a, b] = of.groups;
  list.push({ label: 'participant', role: 'participant', token: of.tokens.participants[a!.id]!, groupId: a!.id });
  if (withOther) list.push({ label: 'participant of B', role: 'participant', token: of.tokens.participants[b!.id]!, groupId: b!.id });
  return list;
}
const may = (s: Subject, action: Action, groupId?: string) => can({ role: s.role, ...(s.groupId ? { groupId: s.groupId } : {}) }, action, groupId);

const covered = new Set<Action>();

beforeAll(async () => {
  server = await startTestServer();
  w = await server.createWorkshop('Matrix', ['Groep A', 'Groep B', 'Groep C']);
  doomed = await server.createWorkshop('Weg ermee', ['Groep X', 'Groep Y']);
});
afterAll(async () => {
  await server.close();
});

describe('REST: every documented route, every role', () => {
  interface RestProbe { route: string; action: Action; method: string; path: (x: WorkshopCreated) => string; body?: (x: WorkshopCreated) => unknown }
  const probes: RestProbe[] = [
    { route: 'GET /api/workshops/:id', action: 'readWorkshop', method: 'GET', path: () => '' },
    { route: 'GET /api/workshops/:id/links', action: 'readLinks', method: 'GET', path: () => '/links' },
    { route: 'POST /api/workshops/:id/join', action: 'joinGroup', method: 'POST', path: () => '/join', body: (x) => ({ groupId: x.groups[0]!.id }) },
    { route: 'GET /api/workshops/:id/details', action: 'readDetails', method: 'GET', path: () => '/details' },
    { route: 'PATCH /api/workshops/:id', action: 'editDetails', method: 'PATCH', path: () => '', body: () => ({ place: 'Zaal 2' }) },
    { route: 'GET /api/workshops/:id/cases', action: 'editCaseCard', method: 'GET', path: () => '/cases' },
    {
      route: 'PUT /api/workshops/:id/groups/:groupId/case', action: 'editCaseCard', method: 'PUT',
      path: (x) => `/groups/${x.groups[1]!.id}/case`, body: () => ({ text: 'Casus' }),
    },
    { route: 'GET /api/workshops/:id/export', action: 'export', method: 'GET', path: () => '/export?format=csv' },
    { route: 'GET /api/workshops/:id/boards/:groupId.svg', action: 'exportBoard', method: 'GET', path: (x) => `/boards/${x.groups[0]!.id}.svg` },
    {
      route: 'POST /api/workshops/:id/tokens/rotate', action: 'rotateLinks', method: 'POST',
      // Group C's link: no other probe uses it.
      path: () => '/tokens/rotate', body: (x) => ({ role: 'participant', groupId: x.groups[2]!.id }),
    },
  ];

  async function status(x: WorkshopCreated, p: RestProbe, token: string): Promise<number> {
    const body = p.body?.(x);
    const res = await fetch(`${server.url}/api/workshops/${x.id}${p.path(x)}`, {
      method: p.method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await res.arrayBuffer();
    return res.status;
  }
  const expected = (s: Subject, action: Action) => (may(s, action) ? 'allowed' : 403);
  const seen = (code: number) => (code >= 200 && code < 300 ? 'allowed' : code);

  it('covers every route of docs/api.md that takes a workshop token', () => {
    const documented = [...readFileSync('docs/api.md', 'utf8').matchAll(/^### `([A-Z]+ \/api\/workshops\/:id[^`?]*)/gm)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(5);
    expect([...new Set(probes.map((p) => p.route)), 'DELETE /api/workshops/:id'].sort()).toEqual([...new Set(documented)].sort());
  });

  it('each route allows exactly the roles the table names (403 for the others)', async () => {
    const cases = probes.flatMap((p) => subjects(w).map((s) => ({ p, s })));
    const results = await Promise.all(cases.map(async ({ p, s }) => ({
      what: `${p.route} as ${s.label}`, got: seen(await status(w, p, s.token)), want: expected(s, p.action),
    })));
    expect(results.filter((r) => r.got !== r.want)).toEqual([]);
    for (const p of probes) covered.add(p.action);
  });

  it('DELETE: refused to every role but the organiser, who then deletes', async () => {
    const route: RestProbe = { route: 'DELETE /api/workshops/:id', action: 'deleteWorkshop', method: 'DELETE', path: () => '' };
    const all = subjects(doomed);
    // The refusals first: the allowed delete ends the workshop.
    const ordered = [...all.filter((s) => !may(s, 'deleteWorkshop')), ...all.filter((s) => may(s, 'deleteWorkshop'))];
    for (const s of ordered) expect(`${s.label}: ${seen(await status(doomed, route, s.token))}`).toBe(`${s.label}: ${expected(s, 'deleteWorkshop')}`);
    covered.add('deleteWorkshop');
  });
});

describe('control channel: every client event, every role', () => {
  const apKey = () => `${A()}:0`;
  /** A valid payload of each event (typed: a new event without one does not compile). */
  const samples: { [E in keyof typeof clientEventSchemas]: () => unknown } = {
    'presence:set': () => ({ name: 'Ans', groupId: B() }),
    'agenda:set': () => ({ segments: [{ start: '09:00', title: 'Opening' }] }),
    'agenda:now': () => ({ segmentId: null }),
    'timer:start': () => ({ durationMs: 600_000 }),
    'timer:pause': () => ({}),
    'timer:resume': () => ({}),
    'timer:adjust': () => ({ deltaMs: 60_000 }),
    'timer:reset': () => ({}),
    'timer:pensDown': () => ({ enabled: false }),
    'message:send': () => ({ text: 'Nog vijf minuten' }),
    'message:clear': () => ({}),
    'lock:set': () => ({ groupId: null, locked: false }),
    'actionStep:set': () => ({ open: true }),
    'actionPoints:reopen': () => ({ groupId: A() }),
    'plenary:reveal': () => ({ groupIds: 'all' }),
    'plenary:spotlight': () => null,
    'plenary:joinQr': () => ({ show: false }),
    'plenary:result': () => ({ show: false }),
    'ballot:set': () => ({ open: false }),
    'decision:set': () => ({ apKey: apKey(), status: 'adopted' }),
    'theme:merge': () => ({ apKeys: [apKey(), `${B()}:0`], title: 'Samen' }),
    'theme:split': () => ({ themeId: 'geen' }),
    'brainstorm:set': () => ({ active: false }),
    'ballot:vote': () => ({ voterId: 'stemmer-0001', apKey: apKey(), delta: 1 }),
    'ballot:mine': () => ({ voterId: 'stemmer-0001' }),
  };
  /** The action each event needs: the server's own command table, and the two events handled beside it. */
  const eventAction: { [E in keyof typeof clientEventSchemas]: Action } = {
    ...Object.fromEntries(Object.entries(sessionCommands).map(([event, c]) => [event, c.rule])) as Record<keyof typeof sessionCommands, Action>,
    'actionPoints:reopen': 'control',
    'presence:set': 'readWorkshop',
  };

  let sockets: { s: Subject; c: RecordingClient; plenaries: number }[] = [];
  beforeAll(async () => {
    sockets = await Promise.all(subjects(w).map(async (s) => {
      const c = await connectControl(server.url, w.id, s.token);
      const entry = { s, c, plenaries: 0 };
      c.socket.on('plenary', () => { entry.plenaries += 1; });
      return entry;
    }));
  });
  afterAll(() => {
    for (const { c } of sockets) c.close();
  });

  it('each session event is refused (forbidden) exactly for the roles the table excludes', async () => {
    const events = Object.keys(samples).filter((e) => e !== 'presence:set') as (keyof typeof samples)[];
    const results = await Promise.all(sockets.flatMap(({ s, c }) => events.map(async (event) => {
      const reply = await c.send(event, samples[event]());
      const forbidden = !reply.ok && (reply as { error?: string }).error === 'forbidden';
      return { what: `${event} as ${s.label}`, got: forbidden ? 'forbidden' : 'allowed', want: may(s, eventAction[event]) ? 'allowed' : 'forbidden' };
    })));
    expect(results.filter((r) => r.got !== r.want)).toEqual([]);
    // Each refusal also came as a control:error, as docs/api.md says.
    for (const { s, c } of sockets) {
      const refused = events.filter((e) => !may(s, eventAction[e])).sort();
      expect(c.errors.filter((e: ControlError) => e.code === 'forbidden').map((e) => e.event).sort()).toEqual(refused);
    }
    for (const e of events) covered.add(eventAction[e]);
  });

  it('presence:set: everyone may name themselves; only visitBoards may say which board they look at', async () => {
    const members = await Promise.all(sockets.map(({ s, c }) => new Promise<PresenceMember>((resolve) => {
      const raw = c.socket as unknown as Socket;
      const check = ({ members: list }: { members: PresenceMember[] }) => {
        const me = list.find((m) => m.id === c.socket.id);
        if (me?.name === `naam ${s.label}`) {
          raw.off('presence', check);
          resolve(me);
        }
      };
      raw.on('presence', check);
      raw.emit('presence:set', { ...(samples['presence:set']() as object), name: `naam ${s.label}` });
    })));
    members.forEach((m, i) => {
      const { s } = sockets[i]!;
      expect(m.groupId, s.label).toBe(may(s, 'visitBoards') ? B() : (s.groupId ?? null));
    });
    covered.add('readWorkshop');
    covered.add('visitBoards');
  });

  it('watchPlenary: only those roles receive the plenary snapshot', async () => {
    const facilitator = sockets.find(({ s }) => s.role === 'facilitator')!;
    const watchers = sockets.filter(({ s }) => may(s, 'watchPlenary'));
    const counts = watchers.map((x) => x.plenaries);
    // A change of the plenary view sends a new snapshot to every watcher…
    expect((await facilitator.c.send('plenary:reveal', { groupIds: [A()] })).ok).toBe(true);
    await Promise.all(watchers.map((x, i) => new Promise<void>((resolve) => {
      if (x.plenaries > counts[i]!) return resolve();
      x.c.socket.once('plenary', () => resolve());
    })));
    // …and a session event sent after it reaches everyone after that snapshot (one socket's
    // events arrive in order), so a socket that has it and no snapshot was never sent one.
    expect((await facilitator.c.send('message:send', { text: 'barrière' })).ok).toBe(true);
    await Promise.all(sockets.map(({ c }) => c.sessionWhere((e) => e.state.message?.text === 'barrière')));
    for (const { s, plenaries } of sockets) expect(`${s.label}: ${plenaries > 0}`).toBe(`${s.label}: ${may(s, 'watchPlenary')}`);
    covered.add('watchPlenary');
  });
});

describe('board channel: every board action, every role (a participant of group A, and one of B)', () => {
  const open = (s: Subject): BoardProbe => openBoardProbe(server.wsUrl, w.id, A(), s.token);

  /** Sends what `change` makes of the stored board, and resolves with the stored board after it. */
  async function write(p: BoardProbe, change: (doc: Y.Doc) => void): Promise<Y.Doc | undefined> {
    const before = await p.serverDoc();
    if (!before) return undefined;
    p.send(updateFrom(before, change));
    return p.serverDoc();
  }

  /** Opens a probe per subject; those refused must be refused at the door with 4403. */
  async function admitted(list: Subject[]): Promise<{ s: Subject; p: BoardProbe }[]> {
    const opened = await Promise.all(list.map(async (s) => ({ s, p: open(s), code: 0 as 'open' | number })));
    for (const o of opened) o.code = await o.p.admitted;
    for (const { s, code } of opened) expect(`${s.label}: ${code}`).toBe(`${s.label}: ${may(s, 'readBoard', A()) ? 'open' : CloseCode.forbidden}`);
    return opened.filter((o) => o.code === 'open');
  }

  it('readBoard, writeBoard, announcePresence', async () => {
    const all = subjects(w, true);
    const inside = await admitted(all);
    covered.add('readBoard');
    const results = await Promise.all(inside.map(async ({ s, p }) => {
      const marker = `notitie van ${s.label}`;
      const after = await write(p, (doc) => addNote(doc, { x: 0, y: 0, text: marker }, local));
      const wrote = readNotes(after!).some((n) => n.text === marker);
      const id = p.announce({ user: { name: s.label, color: '#336699' }, cursor: { x: 1, y: 2 } });
      await p.serverDoc();
      // The room relays presence in batches (presenceBatch.ts): a marker announced by a
      // participant after this socket's frame was handled arrives in the same or a later batch.
      const witness = openBoardProbe(server.wsUrl, w.id, A(), w.tokens.participants[A()]!);
      await witness.admitted;
      const witnessId = witness.announce({ user: { name: 'merkteken', color: '#336699' } });
      await p.presenceArrived(witnessId);
      witness.close();
      const announced = p.sawPresence(id);
      p.close();
      return [
        { what: `writeBoard as ${s.label}`, got: wrote, want: may(s, 'writeBoard', A()) },
        { what: `announcePresence as ${s.label}`, got: announced, want: may(s, 'announcePresence') },
      ];
    }));
    expect(results.flat().filter((r) => r.got !== r.want)).toEqual([]);
    covered.add('writeBoard');
    covered.add('announcePresence');
  });

  it('editCaseCard: the case card on the board (items.case)', async () => {
    const inside = await admitted(subjects(w, true));
    const results = [];
    // One after the other: each writes the whole card text.
    for (const { s, p } of inside) {
      const marker = `casus van ${s.label}`;
      const after = await write(p, (doc) => setCaseText(doc, marker, local));
      results.push({ what: s.label, got: readBoard(after!).caseCard?.text === marker, want: may(s, 'writeBoard', A()) && may(s, 'editCaseCard') });
      p.close();
    }
    expect(results.filter((r) => r.got !== r.want)).toEqual([]);
  });

  it('writeLockedBoard: writing on a locked board', async () => {
    const facilitator = await connectControl(server.url, w.id, w.tokens.facilitator);
    try {
      expect((await facilitator.send('lock:set', { groupId: A(), locked: true })).ok).toBe(true);
      const inside = await admitted(subjects(w, true));
      const results = await Promise.all(inside.map(async ({ s, p }) => {
        const marker = `op slot door ${s.label}`;
        const after = await write(p, (doc) => addNote(doc, { x: 0, y: 0, text: marker }, local));
        p.close();
        return { what: s.label, got: readNotes(after!).some((n) => n.text === marker), want: may(s, 'writeBoard', A()) && may(s, 'writeLockedBoard') };
      }));
      expect(results.filter((r) => r.got !== r.want)).toEqual([]);
    } finally {
      await facilitator.send('lock:set', { groupId: null, locked: false });
      facilitator.close();
    }
    covered.add('writeLockedBoard');
  });

  it('editSubmittedActionPoints: changing submitted action points', async () => {
    const ap = { title: 'Meldpunt', body: 'Eén loket', parties: ['gemeente' as const], lead: 'gemeente', timeframe: '2026' };
    await fillActionPoints(server, w, [{ actionPoints: [ap, { ...ap, title: 'Training' }], submit: true }]);
    const inside = await admitted(subjects(w, true));
    const results = [];
    for (const { s, p } of inside) {
      const marker = `Titel van ${s.label}`;
      const after = await write(p, (doc) => {
        // As a hostile client would: straight into the text, past the model's own check.
        const title = (actionPointsOf(doc).get('0') as Y.Map<unknown>).get('title') as Y.Text;
        doc.transact(() => {
          title.delete(0, title.length);
          title.insert(0, marker);
        });
      });
      const title = ((actionPointsOf(after!).get('0') as Y.Map<unknown>).get('title') as Y.Text).toString();
      results.push({ what: s.label, got: title === marker, want: may(s, 'writeBoard', A()) && may(s, 'editSubmittedActionPoints') });
      p.close();
    }
    expect(results.filter((r) => r.got !== r.want)).toEqual([]);
    covered.add('editSubmittedActionPoints');
    covered.add('editCaseCard');
  });
});

describe('the matrix is whole', () => {
  it('every action of the table was probed on some channel (brainstormPrivately is a client-only rule)', () => {
    expect([...covered].sort()).toEqual(Object.values(Action).filter((a) => a !== 'brainstormPrivately').sort());
  });
});
