import type { Socket } from 'socket.io';
import type { z } from 'zod';
import {
  clientEventSchemas, type Ack, type ControlErrorCode, type SessionEventName,
} from '../../shared/schemas/control.ts';
import type { Principal } from '../../shared/roles.ts';
import type { ControlSocket } from './controlServer.ts';
import type { Logger } from '../logger.ts';
import type { CommandEvent, CommandResult } from '../session/command.ts';
import { sessionCommands } from '../session/commands.ts';
import { mayDo, type SessionRule } from '../session/policy.ts';

export interface SessionHandlerDeps {
  /** Applies a validated, permitted command; persists and broadcasts on change. */
  run(principal: Principal, event: CommandEvent, payload: unknown): Promise<CommandResult>;
  /** Reopens a group's submitted action points (a write to that group's document). */
  reopen(principal: Principal, groupId: string): Promise<CommandResult>;
  log: Logger;
}

/**
 * Wires every session event of one socket: validate the payload with its schema, check the
 * policy, act. A refusal is a `control:error` (and a `{ok:false}` acknowledgement when the
 * client passed a callback); it never throws and never changes anything.
 */
export function registerSessionHandlers(socket: ControlSocket, deps: SessionHandlerDeps): void {
  const principal = socket.data.principal;
  // The typed socket cannot take a listener for a union of event names; the schema types it.
  const raw = socket as unknown as Socket;

  const refuse = (event: string, ack: Ack | undefined, code: ControlErrorCode, message: string) => {
    socket.emit('control:error', { code, event, message });
    ack?.({ ok: false, error: code, message });
  };

  const on = (event: SessionEventName, rule: SessionRule, act: (payload: unknown) => Promise<CommandResult>) => {
    raw.on(event, (...args: unknown[]) => {
      // Socket.IO passes the client's callback last; an event sent without data has only that.
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as Ack) : undefined;
      const parsed = (clientEventSchemas[event] as z.ZodType).safeParse(args[0]);
      if (!parsed.success) return refuse(event, ack, 'invalid_payload', describe(parsed.error));
      if (!mayDo(principal, rule)) {
        return refuse(event, ack, 'forbidden', `a ${principal.role} token may not send ${event}`);
      }
      act(parsed.data).then(
        (result) => {
          if (!result.ok) return refuse(event, ack, result.code, result.message);
          ack?.({ ok: true, ...result.reply });
        },
        (err: unknown) => {
          deps.log.error({ err, event, workshopId: principal.workshopId }, 'session event failed');
          refuse(event, ack, 'internal', 'internal error');
        },
      );
    });
  };

  for (const event of Object.keys(sessionCommands) as CommandEvent[]) {
    on(event, sessionCommands[event].rule, (payload) => deps.run(principal, event, payload));
  }
  on('actionPoints:reopen', 'control', (payload) => deps.reopen(principal, (payload as { groupId: string }).groupId));
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid payload';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
