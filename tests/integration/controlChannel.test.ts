import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ballotStore } from '../../client/src/ballot/useBallot.ts';
import { openControlChannel, type ControlSocket } from '../../client/src/control/controlChannel.ts';
import { plenaryStore } from '../../client/src/session/usePlenarySnapshot.ts';
import { presenceStore } from '../../client/src/session/usePresenceMembers.ts';
import { sessionStore } from '../../client/src/session/useSession.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/*
 * Issue 10 (the house): the board page opened its control socket before anything listened,
 * and made its `session` store a render later, so it could miss the one `session` event the
 * server sends on connect. The client's one control channel makes every store first, then
 * connects. Each test waits for the server's on-connect events, and only then asks the
 * channel's stores: a store made after the event (the old order) is empty, and fails here.
 */

let server: TestServer;
let workshop: WorkshopCreated;
const sockets: ControlSocket[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Werkconferentie', ['Groep A', 'Groep B']);
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await server.close();
});

function open(token: string): ControlSocket {
  const socket = openControlChannel(workshop.id, token, {
    url: server.url, options: { transports: ['websocket'], reconnection: false, forceNew: true },
  });
  sockets.push(socket);
  return socket;
}

/** Resolves on the next `event`; listen right after opening, as the stores do. */
function next(socket: ControlSocket, event: 'session' | 'plenary' | 'presence' | 'ballot'): Promise<unknown> {
  return new Promise((resolve) => {
    (socket as unknown as { once(e: string, fn: (p: unknown) => void): void }).once(event, resolve);
  });
}

describe('the control channel', () => {
  it('holds the session, plenary and presence sent on connect (facilitator)', async () => {
    const socket = open(workshop.tokens.facilitator);
    const [session, plenary, presence] = await Promise.all([next(socket, 'session'), next(socket, 'plenary'), next(socket, 'presence')]);

    expect(sessionStore(socket).get()?.state).toEqual((session as { state: unknown }).state);
    expect(plenaryStore(socket).get()).toEqual((plenary as { snapshot: unknown }).snapshot);
    expect(presenceStore(socket).get()).toEqual((presence as { members: unknown }).members);
    expect(presenceStore(socket).get()).toContainEqual(expect.objectContaining({ role: 'facilitator' }));
  });

  it('holds the ballot sent on connect while the ballot is open (participant)', async () => {
    const facilitator = await connectControl(server.url, workshop.id, workshop.tokens.facilitator);
    expect(await facilitator.send('ballot:set', { open: true, votesPerPerson: 3 })).toEqual({ ok: true });
    facilitator.close();

    const socket = open(workshop.tokens.participants[workshop.groups[0]!.id]!);
    const [session, ballot] = await Promise.all([next(socket, 'session'), next(socket, 'ballot')]);

    expect(sessionStore(socket).get()?.state.ballot.open).toBe(true);
    expect(sessionStore(socket).get()?.state).toEqual((session as { state: unknown }).state);
    expect(ballotStore(socket).get()).toEqual(ballot);
  });
});
