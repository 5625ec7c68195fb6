import { describe, expect, it } from 'vitest';
import { SessionState } from '../../shared/schemas/session.ts';
import { brainstormSet } from '../../server/session/brainstormCommands.ts';
import type { CommandResult } from '../../server/session/command.ts';
import { defaultSessionState } from '../../server/session/defaultSession.ts';

const ctx = { now: 1, groupIds: ['ga'], newId: () => 'x' };

function ok(result: CommandResult): SessionState {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.state;
}

describe('brainstorm:set (server/session/brainstormCommands.ts)', () => {
  it('counts rounds: starting raises the round, ending keeps it', () => {
    const start = defaultSessionState();
    const one = ok(brainstormSet(start, { active: true }, ctx));
    expect(one.brainstorm).toEqual({ active: true, round: 1 });
    expect(start.brainstorm).toEqual({ active: false, round: 0 });
    const ended = ok(brainstormSet(one, { active: false }, ctx));
    expect(ended.brainstorm).toEqual({ active: false, round: 1 });
    expect(ok(brainstormSet(ended, { active: true }, ctx)).brainstorm).toEqual({ active: true, round: 2 });
  });

  it('returns the same state (nothing to store or send) when asked for what is already so', () => {
    const state = defaultSessionState();
    expect(ok(brainstormSet(state, { active: false }, ctx))).toBe(state);
  });

  it('a state stored before brainstorms existed still loads, without a round', () => {
    const { brainstorm: _gone, ...old } = defaultSessionState();
    expect(SessionState.parse(old).brainstorm).toEqual({ active: false, round: 0 });
  });
});
