import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectControl } from '../helpers/controlClient.ts';
import { controlFixture } from '../helpers/controlFixture.ts';
import { startTestServer } from '../helpers/testServer.ts';

const fx = controlFixture('Stille ronde');
const connect = fx.connect;

describe('brainstorm:set (silent brainstorm rounds)', () => {
  it('a new workshop has no round; the facilitator starts and ends one and every role hears it', async () => {
    const facilitator = await connect(fx.workshop.tokens.facilitator);
    const participant = await connect(fx.workshop.tokens.participants[fx.workshop.groups[0]!.id]!);
    const plenary = await connect(fx.workshop.tokens.plenary);
    expect(participant.sessions[0]!.state.brainstorm).toEqual({ active: false, round: 0 });

    expect(await facilitator.send('brainstorm:set', { active: true })).toEqual({ ok: true });
    for (const c of [facilitator, participant, plenary]) {
      await c.sessionWhere((e) => e.state.brainstorm.active && e.state.brainstorm.round === 1);
    }
    // Starting what runs already changes nothing and sends nothing.
    const count = participant.sessions.length;
    expect(await facilitator.send('brainstorm:set', { active: true })).toEqual({ ok: true });

    expect(await facilitator.send('brainstorm:set', { active: false })).toEqual({ ok: true });
    const ended = await participant.sessionWhere((e) => !e.state.brainstorm.active && e.state.brainstorm.round === 1);
    expect(ended.state.brainstorm).toEqual({ active: false, round: 1 });
    expect(participant.sessions).toHaveLength(count + 1);

    const organiser = await connect(fx.workshop.tokens.organiser);
    expect(await organiser.send('brainstorm:set', { active: true })).toEqual({ ok: true });
    await participant.sessionWhere((e) => e.state.brainstorm.active && e.state.brainstorm.round === 2);
  });

  it.each([['participant'], ['plenary'], ['join']])('a %s token gets forbidden and nothing changes', async (role) => {
    const t = fx.workshop.tokens;
    const token = role === 'participant' ? t.participants[fx.workshop.groups[0]!.id]! : role === 'plenary' ? t.plenary : t.join;
    const intruder = await connect(token);
    const error = intruder.nextError();
    expect(await intruder.send('brainstorm:set', { active: true })).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await error).toMatchObject({ code: 'forbidden', event: 'brainstorm:set' });
    const fresh = await connect(t.facilitator);
    expect(fresh.sessions[0]!.state.brainstorm).toEqual({ active: false, round: 0 });
    expect(intruder.sessions).toHaveLength(1);
  });

  it('an invalid payload is invalid_payload', async () => {
    const f = await connect(fx.workshop.tokens.facilitator);
    for (const payload of [{ active: 'ja' }, {}, null, { active: true, round: 7, extra: 1 }]) {
      const reply = await f.send('brainstorm:set', payload);
      if (payload && 'round' in payload) {
        // Unknown keys are stripped by zod: the round is the server's to count, never the client's.
        expect(reply).toEqual({ ok: true });
        const state = await f.sessionWhere((e) => e.state.brainstorm.active);
        expect(state.state.brainstorm.round).toBe(1);
      } else {
        expect(reply).toMatchObject({ ok: false, error: 'invalid_payload' });
      }
    }
  });
});

describe('the brainstorm state survives a restart', () => {
  it('an active round is still active, with its number, after the server restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-brainstorm-'));
    try {
      let s = await startTestServer({ DATA_DIR: dataDir });
      const w = await s.createWorkshop('Herstart', ['Groep A']);
      let f = await connectControl(s.url, w.id, w.tokens.facilitator);
      await f.send('brainstorm:set', { active: true });
      await f.sessionWhere((e) => e.state.brainstorm.active);
      f.close();
      await s.close();

      s = await startTestServer({ DATA_DIR: dataDir });
      try {
        f = await connectControl(s.url, w.id, w.tokens.participants[w.groups[0]!.id]!);
        expect(f.sessions[0]!.state.brainstorm).toEqual({ active: true, round: 1 });
        f.close();
      } finally {
        await s.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
