import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublicSessionState } from '../../shared/schemas/session.ts';
import { connectControl, type RecordingClient } from '../helpers/controlClient.ts';
import { controlFixture } from '../helpers/controlFixture.ts';
import { startTestServer } from '../helpers/testServer.ts';

const fx = controlFixture('Werkconferentie');
const connect = fx.connect;

const groupA = () => fx.workshop.groups[0]!.id;

/** One client per role that may connect: everyone who must hear the facilitator. */
async function everyRole(): Promise<Record<string, RecordingClient>> {
  const t = fx.workshop.tokens;
  return {
    organiser: await connect(t.organiser),
    facilitator: await connect(t.facilitator),
    plenary: await connect(t.plenary),
    join: await connect(t.join),
    participant: await connect(t.participants[groupA()]!),
  };
}

/** Every client hears a session state for which `predicate` holds. */
async function allSee(all: Record<string, RecordingClient>, predicate: (s: PublicSessionState) => boolean): Promise<PublicSessionState[]> {
  const events = await Promise.all(Object.values(all).map((c) => c.sessionWhere((e) => predicate(e.state))));
  return events.map((e) => e.state);
}

describe('session state on connect', () => {
  it('every role gets the state and the server clock; a new workshop has the neutral programme', async () => {
    const all = await everyRole();
    for (const c of Object.values(all)) {
      const first = c.sessions[0]!;
      expect(Math.abs(first.serverNow - Date.now())).toBeLessThan(5000);
      const agenda = first.state.agenda.segments;
      expect(agenda[0]).toMatchObject({ start: '13:00', title: expect.stringMatching(/^Ontvangst/) });
      expect(agenda.at(-1)).toMatchObject({ start: '16:15', title: expect.stringMatching(/^Afsluiting/) });
      expect(agenda.map((s) => s.title)).toContain('Werken in groepen');
      expect(first.state).toMatchObject({
        timer: { running: false, endsAt: null }, message: null, locks: { all: false, groups: [] },
        actionStepOpen: false, ballot: { open: false, votesPerPerson: 3, totals: {}, voters: 0 },
      });
      expect(first.state.ballot).not.toHaveProperty('votes');
    }
  });
});

describe('agenda, timer and message reach every role', () => {
  it('agenda:set and agenda:now', async () => {
    const all = await everyRole();
    const f = all.facilitator!;
    const reply = await f.send('agenda:set', {
      segments: [{ id: 'start', start: '13:00', title: 'Ontvangst' }, { start: '15:00', title: 'Workshops' }],
    });
    expect(reply).toEqual({ ok: true });
    const [state] = await allSee(all, (s) => s.agenda.segments.length === 2);
    const second = state!.agenda.segments[1]!;
    expect(second.id).toMatch(/\S/);
    expect(await f.send('agenda:now', { segmentId: second.id })).toEqual({ ok: true });
    await allSee(all, (s) => s.agenda.currentId === second.id);
    expect(await f.send('agenda:now', { segmentId: 'bestaat-niet' })).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('timer: start, pause, resume, adjust, reset, in server time', async () => {
    const all = await everyRole();
    const o = all.organiser!;
    const before = Date.now();
    expect(await o.send('timer:start', { durationMs: 600_000 })).toEqual({ ok: true });
    const [started] = await allSee(all, (s) => s.timer.running);
    expect(started!.timer.durationMs).toBe(600_000);
    expect(started!.timer.endsAt! - before).toBeGreaterThanOrEqual(600_000 - 50);
    expect(started!.timer.endsAt! - Date.now()).toBeLessThanOrEqual(600_000);

    expect(await o.send('timer:pause')).toEqual({ ok: true });
    const [paused] = await allSee(all, (s) => !s.timer.running && s.timer.remainingMs > 0);
    expect(paused!.timer.endsAt).toBeNull();
    expect(paused!.timer.remainingMs).toBeLessThanOrEqual(600_000);
    expect(await o.send('timer:pause')).toMatchObject({ ok: false, error: 'conflict' });

    expect(await o.send('timer:adjust', { deltaMs: 60_000 })).toEqual({ ok: true });
    await allSee(all, (s) => s.timer.remainingMs === paused!.timer.remainingMs + 60_000 && s.timer.durationMs === 660_000);
    expect(await o.send('timer:resume', {})).toEqual({ ok: true });
    const [resumed] = await allSee(all, (s) => s.timer.running && s.timer.durationMs === 660_000);
    expect(resumed!.timer.endsAt).toBeGreaterThan(Date.now() + 600_000);
    expect(await o.send('timer:pensDown', { enabled: true })).toEqual({ ok: true });
    await allSee(all, (s) => s.timer.pensDown);
    expect(await o.send('timer:reset')).toEqual({ ok: true });
    await allSee(all, (s) => !s.timer.running && s.timer.remainingMs === 660_000 && s.timer.pensDown);
  });

  it('message:send and message:clear', async () => {
    const all = await everyRole();
    const f = all.facilitator!;
    expect(await f.send('message:send', { text: '  Nog vijf minuten  ' })).toEqual({ ok: true });
    const states = await allSee(all, (s) => s.message?.text === 'Nog vijf minuten');
    expect(states[0]!.message!.sentAt).toBeGreaterThan(0);
    expect(await f.send('message:send', { text: 'x'.repeat(281) })).toMatchObject({ ok: false, error: 'invalid_payload' });
    expect(await f.send('message:clear')).toEqual({ ok: true });
    await allSee(all, (s) => s.message === null);
  });

  it('timer:done is sent once when the timer reaches zero', async () => {
    const all = await everyRole();
    const done = Object.values(all).map((c) => new Promise((resolve) => c.socket.once('timer:done', resolve)));
    await all.facilitator!.send('timer:start', { durationMs: 1000 });
    const events = await Promise.all(done);
    expect(events[0]).toMatchObject({ pensDown: false });
    const [finished] = await allSee(all, (s) => s.timer.doneAt !== null);
    expect(finished!.timer).toMatchObject({ running: false, remainingMs: 0, endsAt: null });
  });
});

/** A valid payload for every control event: the refusal must come from the policy. */
const controlEvents = (): [string, unknown][] => [
  ['agenda:set', { segments: [] }],
  ['agenda:now', { segmentId: null }],
  ['timer:start', { durationMs: 60_000 }],
  ['timer:pause', {}],
  ['timer:resume', {}],
  ['timer:adjust', { deltaMs: 60_000 }],
  ['timer:reset', {}],
  ['timer:pensDown', { enabled: true }],
  ['message:send', { text: 'ingebroken' }],
  ['message:clear', {}],
  ['lock:set', { groupId: null, locked: true }],
  ['actionStep:set', { open: true }],
  ['actionPoints:reopen', { groupId: groupA() }],
  ['plenary:reveal', { groupIds: 'all' }],
  ['plenary:spotlight', { groupId: groupA(), slot: 0 }],
  ['plenary:joinQr', { show: true }],
  ['ballot:set', { open: true, votesPerPerson: 5 }],
  ['decision:set', { apKey: `${groupA()}:0`, status: 'adopted' }],
  ['theme:merge', { apKeys: [`${groupA()}:0`, `${groupA()}:1`], title: 'Samen' }],
  ['theme:split', { themeId: 'x' }],
];

describe('control events from tokens that may not send them', () => {
  it.each([['participant'], ['plenary'], ['join']])('a %s token gets forbidden for each, and nothing changes', async (role) => {
    const t = fx.workshop.tokens;
    const token = role === 'participant' ? t.participants[groupA()]! : role === 'plenary' ? t.plenary : t.join;
    const intruder = await connect(token);
    const before = intruder.sessions[0]!.state;
    for (const [event, payload] of controlEvents()) {
      const error = intruder.nextError();
      expect(await intruder.send(event, payload)).toMatchObject({ ok: false, error: 'forbidden' });
      expect(await error).toMatchObject({ code: 'forbidden', event });
    }
    expect(intruder.sessions).toHaveLength(1);
    const fresh = await connect(fx.workshop.tokens.facilitator);
    expect(fresh.sessions[0]!.state).toEqual(before);
  });

  it('ballot:vote from a facilitator or plenary token is forbidden', async () => {
    for (const token of [fx.workshop.tokens.facilitator, fx.workshop.tokens.plenary]) {
      const c = await connect(token);
      const reply = await c.send('ballot:vote', { voterId: 'stemmer-0001', apKey: `${groupA()}:0`, delta: 1 });
      expect(reply).toMatchObject({ ok: false, error: 'forbidden' });
    }
  });

  it('an invalid payload is invalid_payload, before any policy check', async () => {
    const f = await connect(fx.workshop.tokens.facilitator);
    for (const [event, payload] of [['timer:start', { durationMs: -5 }], ['lock:set', { locked: 'ja' }], ['plenary:reveal', 'all']] as const) {
      const error = f.nextError();
      await f.send(event, payload);
      expect(await error).toMatchObject({ code: 'invalid_payload', event });
    }
    expect(f.socket.connected).toBe(true);
  });
});

describe('the session survives a restart', () => {
  it('a running timer keeps its endsAt, the agenda its now marker', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-session-'));
    try {
      let s = await startTestServer({ DATA_DIR: dataDir });
      const w = await s.createWorkshop('Herstart', ['Groep A']);
      let f = await connectControl(s.url, w.id, w.tokens.facilitator);
      await f.send('timer:start', { durationMs: 3_600_000 });
      await f.send('agenda:now', { segmentId: f.sessions[0]!.state.agenda.segments[2]!.id });
      const before = (await f.sessionWhere((e) => e.state.timer.running && e.state.agenda.currentId !== null)).state;
      f.close();
      await s.close();

      s = await startTestServer({ DATA_DIR: dataDir });
      try {
        f = await connectControl(s.url, w.id, w.tokens.facilitator);
        const after = f.sessions[0]!.state;
        expect(after.timer.endsAt).toBe(before.timer.endsAt);
        expect(after.timer.running).toBe(true);
        expect(after.agenda.currentId).toBe(before.agenda.currentId);
        f.close();
      } finally {
        await s.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
