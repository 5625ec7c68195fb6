import type { ControlErrorCode, SessionEventName } from '../../shared/schemas/control.ts';
import type { SessionState } from '../../shared/schemas/session.ts';

/*
 * A session command: the pure step "state + validated payload → next state", one per event.
 * No I/O here: the handlers persist and broadcast, the tests call commands directly.
 */

export interface CommandContext {
  /** Server epoch ms. */
  now: number;
  /** The workshop's group ids, in order. */
  groupIds: readonly string[];
  /** Action point keys that are not empty, when the plenary snapshot is known. */
  liveApKeys?: ReadonlySet<string>;
  /** Each action point's original text (amendmentOriginal), when the plenary snapshot is known. */
  originals?: ReadonlyMap<string, string>;
  newId(): string;
}

export type CommandResult =
  | { ok: true; state: SessionState; reply?: object }
  | { ok: false; code: ControlErrorCode; message: string };

export type Command<P> = (state: SessionState, payload: P, ctx: CommandContext) => CommandResult;

export const done = (state: SessionState, reply?: object): CommandResult => ({ ok: true, state, ...(reply ? { reply } : {}) });
export const refuse = (code: ControlErrorCode, message: string): CommandResult => ({ ok: false, code, message });

/** A copy to change: commands never touch the state they were given. */
export function draft(state: SessionState): SessionState {
  return structuredClone(state);
}

export function unknownGroup(ctx: CommandContext, groupId: string): CommandResult | undefined {
  return ctx.groupIds.includes(groupId) ? undefined : refuse('not_found', `unknown group "${groupId}"`);
}

/** Events whose command is in this folder; the others are handled in server/control/sessionHandlers.ts. */
export type CommandEvent = Exclude<SessionEventName, 'actionPoints:reopen'>;
