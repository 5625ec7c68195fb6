import { describe, expect, it } from 'vitest';
import { BrainstormSet } from '../../shared/schemas/brainstorm.ts';
import { SessionState } from '../../shared/schemas/session.ts';
import { brainstormSet } from '../../server/session/brainstormCommands.ts';
import type { CommandResult } from '../../server/session/command.ts';
import { defaultSessionState } from '../../server/session/defaultSession.ts';

const ctx = { now: 1, groupIds: ['ga', 'gb'], newId: () => 'x' };

function ok(result: CommandResult): SessionState {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.state;
}

describe('brainstorm:set (server/session/brainstormCommands.ts)', () => {
  it('every board: start numbers the round, end keeps it private, reveal closes it', () => {
    const start = defaultSessionState();
    const one = ok(brainstormSet(start, { step: 'start' }, ctx));
    expect(one.brainstorm).toEqual({
      rounds: 1,
      groups: { ga: { active: true, round: 1, ended: false }, gb: { active: true, round: 1, ended: false } },
    });
    expect(start.brainstorm).toEqual({ rounds: 0, groups: {} });
    const ended = ok(brainstormSet(one, { step: 'end' }, ctx));
    expect(ended.brainstorm.groups.ga).toEqual({ active: true, round: 1, ended: true });
    const revealed = ok(brainstormSet(ended, { step: 'reveal' }, ctx));
    expect(revealed.brainstorm.groups.gb).toEqual({ active: false, round: 1, ended: false });
    expect(ok(brainstormSet(revealed, { step: 'start' }, ctx)).brainstorm.groups.ga).toEqual({ active: true, round: 2, ended: false });
  });

  it('one board: the others keep their state, and a later round elsewhere takes a new number', () => {
    const a = ok(brainstormSet(defaultSessionState(), { step: 'start', groupId: 'ga' }, ctx));
    expect(a.brainstorm.groups).toEqual({ ga: { active: true, round: 1, ended: false } });
    const both = ok(brainstormSet(a, { step: 'start' }, ctx));
    // ga runs already (unchanged); gb starts round 2.
    expect(both.brainstorm.groups).toEqual({
      ga: { active: true, round: 1, ended: false }, gb: { active: true, round: 2, ended: false },
    });
    const gbRevealed = ok(brainstormSet(both, { step: 'reveal', groupId: 'gb' }, ctx));
    expect(gbRevealed.brainstorm.groups.ga!.active).toBe(true);
    expect(gbRevealed.brainstorm.groups.gb!.active).toBe(false);
  });

  it('starting an ended round resumes its writing time with the same number', () => {
    const ended = ok(brainstormSet(ok(brainstormSet(defaultSessionState(), { step: 'start' }, ctx)), { step: 'end' }, ctx));
    expect(ok(brainstormSet(ended, { step: 'start', groupId: 'ga' }, ctx)).brainstorm.groups.ga).toEqual({ active: true, round: 1, ended: false });
  });

  it('returns the same state (nothing to store or send) when asked for what is already so', () => {
    const state = defaultSessionState();
    expect(ok(brainstormSet(state, { step: 'reveal' }, ctx))).toBe(state);
    expect(ok(brainstormSet(state, { step: 'end', groupId: 'ga' }, ctx))).toBe(state);
  });

  it('an unknown group is not_found', () => {
    expect(brainstormSet(defaultSessionState(), { step: 'start', groupId: 'nope' }, ctx)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('the first form of the payload ({active}) still means start/reveal on every board', () => {
    expect(BrainstormSet.parse({ active: true })).toEqual({ step: 'start' });
    expect(BrainstormSet.parse({ active: false })).toEqual({ step: 'reveal' });
    expect(BrainstormSet.safeParse({ step: 'later' }).success).toBe(false);
    expect(BrainstormSet.safeParse({}).success).toBe(false);
  });

  it('a state stored before brainstorms existed still loads, without a round', () => {
    const { brainstorm: _gone, ...old } = defaultSessionState();
    expect(SessionState.parse(old).brainstorm).toEqual({ rounds: 0, groups: {} });
  });

  it('a state stored with one workshop-wide round keeps its count', () => {
    const old = { ...defaultSessionState(), brainstorm: { active: false, round: 3 } };
    expect(SessionState.parse(old).brainstorm).toEqual({ rounds: 3, groups: {} });
  });
});
