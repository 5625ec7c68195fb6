import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brainstormFor } from '../../shared/schemas/brainstorm.ts';
import type { SessionEvent } from '../../shared/schemas/session.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { controlFixture } from '../helpers/controlFixture.ts';
import { startTestServer } from '../helpers/testServer.ts';

const fx = controlFixture('Stille ronde');
const connect = fx.connect;
const ids = () => fx.workshop.groups.map((g) => g.id);
const round = (e: SessionEvent, groupId: string) => brainstormFor(e.state.brainstorm, groupId);

describe('brainstorm:set (silent brainstorm rounds, every board or one)', () => {
  it('a new workshop has no round; the facilitator starts, ends and reveals one on every board and every role hears it', async () => {
    const [ga, gb] = ids() as [string, string];
    const facilitator = await connect(fx.workshop.tokens.facilitator);
    const participant = await connect(fx.workshop.tokens.participants[ga]!);
    const plenary = await connect(fx.workshop.tokens.plenary);
    expect(participant.sessions[0]!.state.brainstorm).toEqual({ rounds: 0, groups: {} });

    expect(await facilitator.send('brainstorm:set', { step: 'start' })).toEqual({ ok: true });
    for (const c of [facilitator, participant, plenary]) {
      await c.sessionWhere((e) => [ga, gb].every((g) => round(e, g).active && round(e, g).round === 1));
    }
    // Starting what runs already changes nothing and sends nothing.
    const count = participant.sessions.length;
    expect(await facilitator.send('brainstorm:set', { step: 'start' })).toEqual({ ok: true });

    expect(await facilitator.send('brainstorm:set', { step: 'end' })).toEqual({ ok: true });
    const ended = await participant.sessionWhere((e) => round(e, ga).ended && round(e, gb).ended);
    expect(round(ended, ga)).toEqual({ active: true, round: 1, ended: true });

    expect(await facilitator.send('brainstorm:set', { step: 'reveal' })).toEqual({ ok: true });
    const revealed = await participant.sessionWhere((e) => [ga, gb].every((g) => !round(e, g).active && round(e, g).round === 1));
    expect(round(revealed, gb)).toEqual({ active: false, round: 1, ended: false });
    expect(participant.sessions).toHaveLength(count + 2);

    const organiser = await connect(fx.workshop.tokens.organiser);
    expect(await organiser.send('brainstorm:set', { step: 'start' })).toEqual({ ok: true });
    await participant.sessionWhere((e) => round(e, ga).active && round(e, ga).round === 2);
  });

  it('one board: only that group is in a round, and its reveal leaves the others running', async () => {
    const [ga, gb] = ids() as [string, string];
    const facilitator = await connect(fx.workshop.tokens.facilitator);
    const other = await connect(fx.workshop.tokens.participants[gb]!);
    expect(await facilitator.send('brainstorm:set', { step: 'start', groupId: ga })).toEqual({ ok: true });
    const one = await other.sessionWhere((e) => round(e, ga).active);
    expect(round(one, gb).active).toBe(false);

    expect(await facilitator.send('brainstorm:set', { step: 'start', groupId: gb })).toEqual({ ok: true });
    const both = await other.sessionWhere((e) => round(e, gb).active);
    expect(round(both, gb).round).toBe(2);
    expect(await facilitator.send('brainstorm:set', { step: 'reveal', groupId: ga })).toEqual({ ok: true });
    const after = await other.sessionWhere((e) => !round(e, ga).active && round(e, ga).round === 1);
    expect(round(after, gb)).toEqual({ active: true, round: 2, ended: false });

    expect(await facilitator.send('brainstorm:set', { step: 'start', groupId: 'nope' })).toMatchObject({ ok: false, error: 'not_found' });
  });

  it.each([['participant'], ['plenary'], ['join']])('a %s token may not start, end or reveal: forbidden and nothing changes', async (role) => {
    const t = fx.workshop.tokens;
    const token = role === 'participant' ? t.participants[ids()[0]!]! : role === 'plenary' ? t.plenary : t.join;
    const intruder = await connect(token);
    for (const payload of [{ step: 'start' }, { step: 'start', groupId: ids()[0] }, { step: 'end' }, { step: 'reveal' }, { active: true }]) {
      const error = intruder.nextError();
      expect(await intruder.send('brainstorm:set', payload)).toMatchObject({ ok: false, error: 'forbidden' });
      expect(await error).toMatchObject({ code: 'forbidden', event: 'brainstorm:set' });
    }
    const fresh = await connect(t.facilitator);
    expect(fresh.sessions[0]!.state.brainstorm).toEqual({ rounds: 0, groups: {} });
    expect(intruder.sessions).toHaveLength(1);
  });

  it('a participant cannot reveal a round the facilitator started', async () => {
    const [ga] = ids() as [string];
    const facilitator = await connect(fx.workshop.tokens.facilitator);
    const participant = await connect(fx.workshop.tokens.participants[ga]!);
    expect(await facilitator.send('brainstorm:set', { step: 'start' })).toEqual({ ok: true });
    await participant.sessionWhere((e) => round(e, ga).active);
    expect(await participant.send('brainstorm:set', { step: 'reveal', groupId: ga })).toMatchObject({ ok: false, error: 'forbidden' });
    const fresh = await connect(fx.workshop.tokens.facilitator);
    expect(round(fresh.sessions[0]!, ga)).toEqual({ active: true, round: 1, ended: false });
  });

  it('an invalid payload is invalid_payload; the first form ({active}) still works', async () => {
    const [ga] = ids() as [string];
    const f = await connect(fx.workshop.tokens.facilitator);
    for (const payload of [{ active: 'ja' }, {}, null, { step: 'later' }, { step: 'start', groupId: '' }, { step: 'start', groupId: 'x'.repeat(65) }]) {
      expect(await f.send('brainstorm:set', payload)).toMatchObject({ ok: false, error: 'invalid_payload' });
    }
    // Unknown keys are stripped by zod: the round is the server's to count, never the client's.
    expect(await f.send('brainstorm:set', { active: true, round: 7, extra: 1 })).toEqual({ ok: true });
    const state = await f.sessionWhere((e) => round(e, ga).active);
    expect(round(state, ga).round).toBe(1);
  });
});

describe('the brainstorm state survives a restart', () => {
  it('a running round is still running, with its number, after the server restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-brainstorm-'));
    try {
      let s = await startTestServer({ DATA_DIR: dataDir });
      const w = await s.createWorkshop('Herstart', ['Groep A', 'Groep B']);
      const [ga, gb] = w.groups.map((g) => g.id) as [string, string];
      let f = await connectControl(s.url, w.id, w.tokens.facilitator);
      await f.send('brainstorm:set', { step: 'start', groupId: gb });
      await f.sessionWhere((e) => round(e, gb).active);
      f.close();
      await s.close();

      s = await startTestServer({ DATA_DIR: dataDir });
      try {
        f = await connectControl(s.url, w.id, w.tokens.participants[ga]!);
        expect(f.sessions[0]!.state.brainstorm).toEqual({ rounds: 1, groups: { [gb]: { active: true, round: 1, ended: false } } });
        f.close();
      } finally {
        await s.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
