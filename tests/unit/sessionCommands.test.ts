import { describe, expect, it } from 'vitest';
import { SessionState } from '../../shared/schemas/session.ts';
import { ballotVote, decisionSet, themeMerge } from '../../server/session/ballotCommands.ts';
import type { CommandContext, CommandResult } from '../../server/session/command.ts';
import { agendaSet, lockSet, timerFinish, timerStart } from '../../server/session/controlCommands.ts';
import { DEFAULT_AGENDA, defaultSessionState } from '../../server/session/defaultSession.ts';
import { adjustTimer, isDue, pauseTimer, remainingAt, resumeTimer, startTimer } from '../../server/session/timer.ts';

let n = 0;
const ctx = (over: Partial<CommandContext> = {}): CommandContext =>
  ({ now: 1_000_000, groupIds: ['ga', 'gb'], newId: () => `id${++n}`, ...over });

function ok(result: CommandResult): SessionState {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result.state;
}

describe('the default session', () => {
  it('is valid, a neutral programme (not the demo conference\'s), and names no one', () => {
    const state = defaultSessionState();
    expect(SessionState.parse(state)).toEqual(state);
    expect(DEFAULT_AGENDA.map((s) => s.title)).toEqual([
      'Ontvangst', 'Welkom en opening', 'Inleiding', 'Werken in groepen', 'Pauze', 'Plenaire terugkoppeling en stemronde', 'Afsluiting',
    ]);
    expect(DEFAULT_AGENDA.map((s) => s.title).join(' ')).not.toMatch(/directeur|ombudsman|Platform|\b(dhr|mevr|mw)\b\.?/i);
  });
});

describe('timer arithmetic (server time)', () => {
  const t0 = startTimer(defaultSessionState().timer, 60_000, 0);
  it('runs, pauses, resumes and adjusts on the server clock', () => {
    expect(t0).toMatchObject({ running: true, endsAt: 60_000, durationMs: 60_000 });
    const paused = pauseTimer(t0, 20_000)!;
    expect(paused).toMatchObject({ running: false, endsAt: null, remainingMs: 40_000 });
    expect(pauseTimer(paused, 30_000)).toBeUndefined();
    const resumed = resumeTimer(paused, 100_000)!;
    expect(resumed.endsAt).toBe(140_000);
    expect(remainingAt(adjustTimer(resumed, 30_000, 110_000), 110_000)).toBe(60_000);
    expect(adjustTimer(resumed, -90_000, 110_000)).toMatchObject({ endsAt: 110_000, remainingMs: 0 });
    expect(isDue(adjustTimer(resumed, -90_000, 110_000), 110_000)).toBe(true);
  });

  it('pens down: finishing locks every board', () => {
    const state = defaultSessionState();
    state.timer = { ...t0, pensDown: true };
    const done = timerFinish(state, 60_000);
    expect(done.timer).toMatchObject({ running: false, remainingMs: 0, doneAt: 60_000 });
    expect(done.locks.all).toBe(true);
    expect(state.locks.all).toBe(false);
  });

  it('commands never change the state they are given', () => {
    const state = defaultSessionState();
    const frozen = JSON.stringify(state);
    ok(timerStart(state, { durationMs: 5000 }, ctx()));
    ok(agendaSet(state, { segments: [{ start: '10:00', title: 'Nieuw' }] }, ctx()));
    expect(JSON.stringify(state)).toBe(frozen);
  });
});

describe('locks', () => {
  it('one group, all, and unlocking all clears every lock; unknown groups are refused', () => {
    let s = ok(lockSet(defaultSessionState(), { groupId: 'gb', locked: true }, ctx()));
    s = ok(lockSet(s, { groupId: 'ga', locked: true }, ctx()));
    expect(s.locks).toEqual({ all: false, groups: ['ga', 'gb'] });
    s = ok(lockSet(s, { groupId: null, locked: true }, ctx()));
    expect(s.locks.all).toBe(true);
    s = ok(lockSet(s, { groupId: null, locked: false }, ctx()));
    expect(s.locks).toEqual({ all: false, groups: [] });
    expect(lockSet(s, { groupId: 'gx', locked: true }, ctx())).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('ballot, decisions, themes', () => {
  const open = () => {
    const s = defaultSessionState();
    s.ballot.open = true;
    s.ballot.votesPerPerson = 2;
    return s;
  };

  it('a voter spreads at most votesPerPerson votes; the reply holds only its own', () => {
    let s = ok(ballotVote(open(), { voterId: 'voter-one', apKey: 'ga:0', delta: 1 }, ctx()));
    const second = ballotVote(s, { voterId: 'voter-one', apKey: 'gb:1', delta: 1 }, ctx());
    expect(second).toMatchObject({ ok: true, reply: { votes: { 'ga:0': 1, 'gb:1': 1 } } });
    s = ok(second);
    expect(ballotVote(s, { voterId: 'voter-one', apKey: 'ga:0', delta: 1 }, ctx())).toMatchObject({ ok: false, code: 'conflict' });
    expect(ballotVote(s, { voterId: 'voter-two', apKey: 'ga:0', delta: 1 }, ctx())).toMatchObject({ ok: true, reply: { votes: { 'ga:0': 1 } } });
    expect(ballotVote(s, { voterId: 'voter-one', apKey: 'gx:0', delta: 1 }, ctx())).toMatchObject({ ok: false, code: 'not_found' });
    expect(ballotVote(s, { voterId: 'voter-two', apKey: 'ga:1', delta: 1 }, ctx({ liveApKeys: new Set(['ga:0']) })))
      .toMatchObject({ ok: false, code: 'not_found' });
  });

  it('decisions append to their history; the amended text is kept', () => {
    let s = ok(decisionSet(defaultSessionState(), { apKey: 'ga:0', status: 'adopted' }, ctx({ now: 1 })));
    s = ok(decisionSet(s, { apKey: 'ga:0', status: 'amended', text: 'Nieuwe tekst' }, ctx({ now: 2 })));
    s = ok(decisionSet(s, { apKey: 'ga:0', status: 'parked' }, ctx({ now: 3 })));
    expect(s.decisions['ga:0']).toEqual({
      status: 'parked',
      history: [{ status: 'adopted', at: 1 }, { status: 'amended', text: 'Nieuwe tekst', at: 2 }, { status: 'parked', at: 3 }],
    });
  });

  it('merging moves keys out of other themes and dissolves a theme left with one', () => {
    let s = ok(themeMerge(defaultSessionState(), { apKeys: ['ga:0', 'gb:0'], title: 'A' }, ctx()));
    s = ok(themeMerge(s, { apKeys: ['gb:0', 'gb:1'], title: 'B' }, ctx()));
    expect(s.themes.map((t) => [t.title, t.apKeys])).toEqual([['B', ['gb:0', 'gb:1']]]);
  });
});
