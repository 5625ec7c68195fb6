import { describe, expectTypeOf, it } from 'vitest';
import type { Socket as ClientSocket } from 'socket.io-client';
import type { Socket as ServerSocket } from 'socket.io';
import type {
  ClientToServerEvents, ControlError, ControlErrorCode, PresenceList, PresenceSet, ServerToClientEvents,
} from '../../shared/schemas/control.ts';
import { clientEventSchemas } from '../../shared/schemas/control.ts';

type Client = ClientSocket<ServerToClientEvents, ClientToServerEvents>;
type Server = ServerSocket<ClientToServerEvents, ServerToClientEvents>;
declare const client: Client;
declare const server: Server;

/**
 * The typed event maps of the control channel (after Socket.IO's own socket.io.test-d.ts):
 * a wrong event name or payload is a compile error on both sides. Checked by `tsc` (npm run
 * typecheck) and by vitest's typecheck mode.
 */
describe('control event maps', () => {
  it('a client emits presence:set with a PresenceSet, and nothing else', () => {
    client.emit('presence:set', { name: 'Tafelgast' });
    client.emit('presence:set', { groupId: null });
    // @ts-expect-error the name is a string
    client.emit('presence:set', { name: 5 });
    // @ts-expect-error the payload is an object
    client.emit('presence:set', 'Tafelgast');
    // @ts-expect-error unknown event
    client.emit('board:wipe', {});
    expectTypeOf<Parameters<ClientToServerEvents['presence:set']>[0]>().toEqualTypeOf<PresenceSet>();
  });

  it('a client hears presence and control:error with their schema types', () => {
    client.on('presence', (list) => expectTypeOf(list).toEqualTypeOf<PresenceList>());
    client.on('control:error', (err) => {
      expectTypeOf(err).toEqualTypeOf<ControlError>();
      expectTypeOf(err.code).toEqualTypeOf<ControlErrorCode>();
    });
    // @ts-expect-error the server sends no such event
    client.on('timer', () => undefined);
  });

  it('the server emits only what the client map declares', () => {
    server.emit('presence', { members: [{ id: 's', role: 'participant', groupId: null, name: '' }] });
    server.emit('control:error', { code: 'unknown_event', event: 'x', message: 'm' });
    // @ts-expect-error role must be one of the roles
    server.emit('presence', { members: [{ id: 's', role: 'admin', groupId: null, name: '' }] });
    // @ts-expect-error not a ControlError code
    server.emit('control:error', { code: 'oops', event: 'x', message: 'm' });
    // @ts-expect-error the client does not listen for this
    server.emit('presence:set', {});
  });

  it('every client event has a schema whose output is the event payload', () => {
    expectTypeOf<keyof typeof clientEventSchemas>().toEqualTypeOf<keyof ClientToServerEvents>();
  });
});
