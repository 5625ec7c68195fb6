import { createInstance, type TFunction } from 'i18next';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { applyNotice, listenForNotices, noNotices } from '../../client/src/board/notices.ts';
import { refusalText } from '../../client/src/board/noticeText.ts';
import { en } from '../../client/src/i18n/en.ts';
import { nl } from '../../client/src/i18n/nl.ts';
import {
  NOTICE_MESSAGE_TYPE, RefusalReason, encodeBoardNotice, type BoardNotice,
} from '../../shared/schemas/boardNotice.ts';

describe('board notices: state', () => {
  it('storage failing, then ok, flips storageFailing; a repeat keeps the same state object', () => {
    const failing = applyNotice(noNotices, { kind: 'storage', state: 'failing' }, 1);
    expect(failing).toEqual({ storageFailing: true, lastRefusal: null });
    expect(applyNotice(failing, { kind: 'storage', state: 'failing' }, 2)).toBe(failing);
    expect(applyNotice(failing, { kind: 'storage', state: 'ok' }, 3)).toEqual(noNotices);
  });

  it('a refusal becomes lastRefusal with its time; the next one replaces it, storage state untouched', () => {
    const failing = applyNotice(noNotices, { kind: 'storage', state: 'failing' }, 1);
    const first = applyNotice(failing, { kind: 'refused', reason: 'limit', limit: 'noteTextLength' }, 10);
    expect(first).toEqual({ storageFailing: true, lastRefusal: { reason: 'limit', limit: 'noteTextLength', at: 10 } });
    const second = applyNotice(first, { kind: 'refused', reason: 'caseCard' }, 20);
    expect(second.lastRefusal).toEqual({ reason: 'caseCard', at: 20 });
    expect('limit' in second.lastRefusal!).toBe(false);
    // The same refusal again is a new one (shown and spoken again).
    expect(applyNotice(second, { kind: 'refused', reason: 'caseCard' }, 30).lastRefusal).not.toBe(second.lastRefusal);
  });
});

/**
 * A bare WebSocket server: once a client's first frame (its sync step 1) is in, it sends
 * `frames` and then a sync step 1 of its own. The reply to that step 1 comes after any reply
 * to the frames before it, so `replied` resolves with everything the client sent by then.
 */
async function frameServer(frames: Uint8Array[]) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const received: Buffer[] = [];
  let onReplied: (frames: Buffer[]) => void = () => {};
  const replied = new Promise<Buffer[]>((resolve) => { onReplied = resolve; });
  wss.on('connection', (ws) => {
    ws.on('message', (data) => {
      received.push(Buffer.from(data as Buffer));
      if (received.length === 1) {
        for (const f of frames) ws.send(f);
        const step1 = encoding.createEncoder();
        encoding.writeVarUint(step1, 0); // sync
        syncProtocol.writeSyncStep1(step1, new Y.Doc());
        ws.send(encoding.toUint8Array(step1));
      } else if (received.length === 2) onReplied(received);
    });
  });
  const { port } = wss.address() as { port: number };
  return { url: `ws://127.0.0.1:${port}`, replied, close: () => new Promise<void>((r) => wss.close(() => r())) };
}

function rawNotice(json: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, NOTICE_MESSAGE_TYPE);
  encoding.writeVarString(e, json);
  return encoding.toUint8Array(e);
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  vi.restoreAllMocks();
});

describe('board notices: through a stock WebsocketProvider', () => {
  it('reads valid notices in order, ignores invalid ones silently, and sends nothing back', async () => {
    const valid: BoardNotice[] = [
      { kind: 'storage', state: 'failing' },
      { kind: 'refused', reason: 'limit', limit: 'actionTitleLength' },
      { kind: 'storage', state: 'ok' },
    ];
    const server = await frameServer([
      encodeBoardNotice(valid[0]!),
      rawNotice('{not json'),
      rawNotice(JSON.stringify({ kind: 'refused', reason: 'because' })),
      rawNotice(JSON.stringify({ kind: 'refused', reason: 'limit', limit: 'x'.repeat(65) })),
      encodeBoardNotice(valid[1]!),
      encodeBoardNotice(valid[2]!),
    ]);
    cleanups.push(server.close);
    const errors = vi.spyOn(console, 'error');
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(server.url, 'room', doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true, connect: false,
    });
    cleanups.push(() => { provider.destroy(); doc.destroy(); });
    const seen: BoardNotice[] = [];
    let state = noNotices;
    const done = new Promise<void>((resolve) => {
      listenForNotices(provider, (n) => {
        seen.push(n);
        state = applyNotice(state, n, Date.now());
        if (seen.length === valid.length) resolve();
      });
    });
    provider.awareness.setLocalState(null); // no presence frame: the test counts frames
    provider.connect();
    await done;
    expect(seen).toEqual(valid);
    expect(state.storageFailing).toBe(false);
    expect(state.lastRefusal).toMatchObject({ reason: 'limit', limit: 'actionTitleLength' });
    // y-websocket logs "Unable to compute message" for a type without a handler.
    expect(errors).not.toHaveBeenCalled();
    // Only the provider's sync step 1 and its answer to the server's step 1 went out: no
    // reply to any notice.
    const sent = await server.replied;
    expect(sent.map((b) => [b[0], b[1]])).toEqual([[0, 0], [0, 1]]);
  });

  it('the returned function removes the handler', () => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider('ws://127.0.0.1:9', 'room', doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true, connect: false,
    });
    cleanups.push(() => { provider.destroy(); doc.destroy(); });
    const stop = listenForNotices(provider, () => {});
    expect(provider.messageHandlers[NOTICE_MESSAGE_TYPE]).toBeTypeOf('function');
    stop();
    expect(provider.messageHandlers[NOTICE_MESSAGE_TYPE]).toBeUndefined();
  });
});

function translator(lng: 'nl' | 'en'): TFunction {
  const i18n = createInstance();
  void i18n.init({
    resources: { nl: { translation: nl }, en: { translation: en } }, lng, initAsync: false,
    interpolation: { escapeValue: false }, showSupportNotice: false,
  });
  return i18n.t;
}

describe('board notices: what the person reads', () => {
  const t = translator('nl');

  it('names the limit and its maximum', () => {
    expect(refusalText(t, { reason: 'limit', limit: 'actionTitleLength' }))
      .toBe('Je laatste wijziging is ongedaan gemaakt: de titel van een actiepunt mag maximaal 120 tekens hebben.');
    expect(refusalText(t, { reason: 'limit', limit: 'noteTextLength' })).toContain('2000 tekens');
  });

  it('an unknown limit name (a newer server) gets the general sentence, never the raw name', () => {
    const text = refusalText(t, { reason: 'limit', limit: 'frobnicate' });
    expect(text).toBe(nl.boardNotices.refused.limit);
    expect(text).not.toContain('frobnicate');
    expect(refusalText(t, { reason: 'limit' })).toBe(nl.boardNotices.refused.limit);
  });

  it('says who may change submitted action points and the case card', () => {
    expect(refusalText(t, { reason: 'submitted' })).toMatch(/^De actiepunten zijn ingediend; alleen de begeleider kan ze nog wijzigen/);
    expect(refusalText(t, { reason: 'caseCard' })).toMatch(/^Alleen de begeleider kan de casus wijzigen/);
    expect(refusalText(t, { reason: 'docSize' })).toMatch(/ongedaan gemaakt/);
    expect(refusalText(t, { reason: 'schema' })).toMatch(/paste niet in het bord/);
  });

  it('every reason and every named limit has a text in Dutch and English', () => {
    for (const lng of ['nl', 'en'] as const) {
      const tl = translator(lng);
      for (const reason of RefusalReason) {
        const text = refusalText(tl, { reason });
        expect(text, `${lng} ${reason}`).not.toMatch(/boardNotices\./);
      }
      for (const limit of Object.keys(nl.boardNotices.limits)) {
        const text = refusalText(tl, { reason: 'limit', limit });
        expect(text, `${lng} ${limit}`).toMatch(/\d|stemmen|votes/);
        expect(text).not.toMatch(/boardNotices\.|\{\{/);
      }
    }
  });
});
