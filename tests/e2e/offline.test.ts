import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { applyTemplate } from '../../shared/board/templates.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { connectBoard, waitForDoc } from '../helpers/yjsClient.ts';
import { boardForTwo, useE2E } from './fixture.ts';
import { OutlinePage } from './pages/OutlinePage.ts';

const e2e = useE2E();
/** Waits on other laptops and the server: generous, as several browsers share two cores here. */
const SLOW = { timeout: 15_000 };

const FACILITATOR: ChangeOrigin = { kind: 'local' };

describe('offline: edits kept in the browser merge when the board channel is back', () => {
  it('A goes offline, edits, reloads without the board channel, edits again, comes back; B sees every edit', async () => {
    const { workshop, groupId, a, anna, bram, open } = await boardForTwo(e2e, 'Zwakke wifi');
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    try {
      await observer.synced;
      // A's board channel (/yjs) goes through this route, so the test can take it down while
      // the page itself still loads, as on a venue network that drops only the long-lived
      // socket (a fully offline reload is offlineShell.test.ts, through the service worker);
      // `context.setOffline(true)` also does not close a WebSocket already open in Chromium. While `blocked`, every board socket A opens is closed at
      // once, as when the venue Wi-Fi lets pages through but drops the long-lived socket.
      let blocked = false;
      await a.page.routeWebSocket(/\/yjs\//, (ws: WebSocketRoute) => {
        if (blocked) void ws.close({ code: 1011, reason: 'blocked by the test' });
        else ws.connectToServer();
      });
      await open();

      // 1. The network goes: the page hears the browser's 'offline' event and says so at once.
      await a.context.setOffline(true);
      await expect.poll(() => anna.status(), SLOW).toBe('offline');
      const first = await anna.addNote('Wat speelt er?', 'Offline getypt');
      await anna.waitUntilStoredLocally();
      await expect.poll(() => a.page.locator('.connection__text').textContent(), SLOW).toBe('Offline: bewaard op dit apparaat');

      // 2. Reload while the board channel is still down (the page loads, /yjs does not).
      blocked = true;
      await a.context.setOffline(false);
      await a.page.reload();
      await anna.heading.waitFor();
      expect(await anna.noteByText('Offline getypt')).toBe(first);
      expect(await anna.status()).toMatch(/^(connecting|reconnecting)$/);
      const second = await anna.addNote('Ideeën', 'Na het herladen');
      await anna.note(first).locator('textarea').press('End');
      await anna.note(first).locator('textarea').pressSequentially(' en aangevuld');
      await anna.waitUntilStoredLocally();
      expect(await bram.noteIds()).toEqual([]);
      expect(readBoard(observer.doc).notes).toEqual([]);

      // 3. The board channel is back: A sends what it kept, B and the server get all of it.
      blocked = false;
      await anna.waitUntilSaved();
      await expect.poll(() => bram.noteIds('Wat speelt er?'), SLOW).toEqual([first]);
      await expect.poll(() => bram.noteText(first), SLOW).toBe('Offline getypt en aangevuld');
      await expect.poll(() => bram.noteIds('Ideeën'), SLOW).toEqual([second]);
      expect(await bram.noteText(second)).toBe('Na het herladen');
      await waitForDoc(observer.doc, (d) => {
        const notes = readBoard(d).notes;
        return notes.some((n) => n.id === first && n.text === 'Offline getypt en aangevuld' && n.section === 'workshop-s1')
          && notes.some((n) => n.id === second && n.text === 'Na het herladen' && n.section === 'workshop-s3');
      });
    } finally {
      observer.destroy();
    }
  });
});

describe('a locked board never claims "alles opgeslagen"', () => {
  it('shows the lock instead, turns the outline read-only, and saves again after the unlock', async () => {
    const workshop = await e2e.server.createWorkshop('Slot', ['Groep 1']);
    const groupId = workshop.groups[0]!.id;
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    try {
      await observer.synced;
      applyTemplate(observer.doc, 'workshop', {}, FACILITATOR);
      const a = await e2e.newPage();
      await OutlinePage.preferOutline(a.context);
      const anna = new OutlinePage(a.page);
      await anna.goto(workshop.links.groups[groupId]!);
      const id = await anna.addNote('Ideeën', 'Voor het slot');
      await anna.waitUntilSaved();

      expect(await facilitator.send('lock:set', { groupId, locked: true })).toEqual({ ok: true });
      await expect.poll(() => anna.status(), SLOW).toBe('locked');
      // The outline turns read-only: no text fields, no add buttons.
      await expect.poll(() => anna.note(id).locator('textarea').count(), SLOW).toBe(0);
      expect(await a.page.getByRole('button', { name: /Notitie toevoegen/ }).count()).toBe(0);

      expect(await facilitator.send('lock:set', { groupId, locked: false })).toEqual({ ok: true });
      await anna.waitUntilSaved();
      const field = anna.note(id).locator('textarea');
      await field.press('End');
      await field.pressSequentially(' en erna');
      await anna.waitUntilSaved();
      await waitForDoc(observer.doc, (d) => readBoard(d).notes.some((n) => n.text === 'Voor het slot en erna'));
    } finally {
      facilitator.close();
      observer.destroy();
    }
  });
});
