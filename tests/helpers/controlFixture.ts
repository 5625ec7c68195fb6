import { afterEach, beforeEach } from 'vitest';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl, type RecordingClient } from './controlClient.ts';
import { startTestServer, type TestServer } from './testServer.ts';

export interface ControlFixture {
  readonly server: TestServer;
  readonly workshop: WorkshopCreated;
  /** A Socket.IO client with `token`, closed after the test. */
  connect(token: string): Promise<RecordingClient>;
}

/**
 * Registers hooks that give every test a fresh real server, a workshop with two groups and
 * control clients that are closed (and the server stopped) after it.
 */
export function controlFixture(title: string): ControlFixture {
  let server: TestServer | undefined;
  let workshop: WorkshopCreated | undefined;
  const clients: RecordingClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
    workshop = await server.createWorkshop(title, ['Groep A', 'Groep B']);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.close();
  });
  return {
    get server() { return server!; },
    get workshop() { return workshop!; },
    async connect(token) {
      const c = await connectControl(server!.url, workshop!.id, token);
      clients.push(c);
      return c;
    },
  };
}
