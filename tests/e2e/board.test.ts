import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readNotes } from '../../shared/board/notes.ts';
import { CLIENT_WINDOW_BITS } from '../../server/yjs/roomDeflate.ts';
import { startTestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc } from '../helpers/yjsClient.ts';
import { startE2E, type E2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { JoinPage } from './pages/JoinPage.ts';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e.closeContexts();
});
afterAll(async () => {
  await e2e?.close();
});

/** Opens the join link in a fresh context, joins `group` as `name`, and returns its board. */
async function joinAs(joinLink: string, group: string, name: string): Promise<BoardPage> {
  const { page } = await e2e.newPage();
  await new JoinPage(page).goto(joinLink);
  await new JoinPage(page).join(group, name);
  const board = new BoardPage(page);
  await board.waitUntilLoaded();
  return board;
}

describe('group board, two participants', () => {
  it('compresses the board socket: Chromium negotiates permessage-deflate, keeps its context, and the server reads what it sends compressed', async () => {
    const workshop = await e2e.server.createWorkshop('Compressie e2e', ['Groep A']);
    const { page } = await e2e.newPage();
    // The handshake as the browser saw it (DevTools protocol), before the board socket opens.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map<string, string>();
    const boardExtensions: string[] = [];
    cdp.on('Network.webSocketCreated', (e) => urls.set(e.requestId, e.url));
    cdp.on('Network.webSocketHandshakeResponseReceived', (e) => {
      if (!urls.get(e.requestId)?.includes('/yjs/')) return;
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      boardExtensions.push(headers['sec-websocket-extensions'] ?? '');
    });
    await new JoinPage(page).goto(workshop.links.join);
    await new JoinPage(page).join('Groep A', 'Anna');
    const anna = new BoardPage(page);
    await anna.waitUntilLoaded();
    await anna.addNote();
    await page.keyboard.type('Gecomprimeerd verstuurd');
    // Chromium compresses every message it sends once the extension is on: the server inflated
    // them (server/yjs/syncInflate.ts), stored the note, and a stock client loads it.
    const groupId = workshop.groups[0]!.id;
    const reader = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.participants[groupId]);
    try {
      await waitForDoc(reader.doc, (d) => readNotes(d).some((n) => n.text === 'Gecomprimeerd verstuurd'));
    } finally {
      reader.destroy();
    }
    expect(boardExtensions.length).toBeGreaterThan(0);
    expect(boardExtensions.every((v) => v.includes('permessage-deflate'))).toBe(true);
    // Chromium offers client_max_window_bits, so it keeps its context within the window the
    // server sets (server/yjs/roomDeflate.ts): each keystroke above refers to those before it.
    expect(boardExtensions.every((v) => v.includes(`client_max_window_bits=${CLIENT_WINDOW_BITS}`))).toBe(true);
    expect(boardExtensions.some((v) => v.includes('client_no_context_takeover'))).toBe(false);
  });

  it('syncs adding, typing, editing and dragging between two laptops, shows presence, survives a reload', async () => {
    const workshop = await e2e.server.createWorkshop('Werkconferentie e2e', ['Groep A', 'Groep B']);
    const anna = await joinAs(workshop.links.join, 'Groep A', 'Anna');
    const bram = await joinAs(workshop.links.join, 'Groep A', 'Bram (toetsenbord)');

    // A adds a note and types; B sees it with that text.
    const id = await anna.addNote();
    await anna.page.keyboard.type('Buurtbemiddeling inzetten');
    expect(await bram.noteByText('Buurtbemiddeling inzetten')).toBe(id);

    // B edits it; A sees the edit.
    await bram.editNote(id, 'Buurtbemiddeling eerder inzetten');
    await expect.poll(() => anna.noteText(id)).toBe('Buurtbemiddeling eerder inzetten');

    // A drags the note; B sees the new position.
    const before = await anna.notePosition(id);
    await anna.dragNote(id, 180, 120);
    const after = { x: before.x + 180, y: before.y + 120 };
    await expect.poll(() => anna.notePosition(id)).toEqual(after);
    await expect.poll(() => bram.notePosition(id)).toEqual(after);

    // Each sees the other in the online list.
    await expect.poll(() => anna.onlineNames()).toEqual(expect.arrayContaining(['Anna', 'Bram (toetsenbord)']));
    await expect.poll(() => bram.onlineNames()).toEqual(expect.arrayContaining(['Anna', 'Bram (toetsenbord)']));
    // Initials are letters only; the two get distinct colours, the same on both screens.
    const seenByBram = await bram.onlinePeople();
    const annaEntry = seenByBram.find((p) => p.name === 'Anna')!;
    const bramEntry = seenByBram.find((p) => p.name === 'Bram (toetsenbord)')!;
    expect(bramEntry.initials).toBe('BT');
    expect(annaEntry.initials).toBe('A');
    expect(annaEntry.color).not.toBe(bramEntry.color);
    const seenByAnna = await anna.onlinePeople();
    expect(seenByAnna.find((p) => p.name === 'Anna')?.color).toBe(annaEntry.color);

    // A reloads once everything is stored: the note, its text and position are still there.
    await anna.waitUntilSaved();
    await anna.page.reload();
    await anna.waitUntilLoaded();
    expect(await anna.noteIds()).toEqual([id]);
    expect(await anna.noteText(id)).toBe('Buurtbemiddeling eerder inzetten');
    expect(await anna.notePosition(id)).toEqual(after);
    await expect.poll(() => anna.onlineNames()).toEqual(expect.arrayContaining(['Anna', 'Bram (toetsenbord)']));
    // Anna keeps her colour across the reload (a stable id on her device, not the Yjs client id).
    await expect.poll(async () => (await bram.onlinePeople()).find((p) => p.name === 'Anna')?.color).toBe(annaEntry.color);
    // The token is not left in the address bar (it lives in sessionStorage for this tab).
    expect(anna.page.url()).not.toContain('#t=');
  });
});

describe('group board, facilitator visiting', () => {
  it('shows the facilitator without a name as "Begeleider", not "Anoniem"', async () => {
    const workshop = await e2e.server.createWorkshop('Bezoek', ['Groep A']);
    const anna = await joinAs(workshop.links.join, 'Groep A', 'Anna');
    const group = workshop.groups[0]!;
    const { page } = await e2e.newPage();
    const facilitator = new BoardPage(page);
    await facilitator.goto(`${e2e.server.url}/w/${workshop.id}/g/${group.id}#t=${workshop.tokens.facilitator}`);
    await facilitator.waitUntilLoaded();
    await expect.poll(() => anna.onlineNames()).toEqual(expect.arrayContaining(['Anna', 'Begeleider']));
    expect(await anna.onlineNames()).not.toContain('Anoniem');
    await expect.poll(async () => (await anna.onlinePeople()).find((p) => p.name === 'Begeleider')?.initials).toBe('B');
  });
});

describe('group board by keyboard only', () => {
  it('adds a note with N, types, moves it with arrow keys and deletes it with Delete', async () => {
    const workshop = await e2e.server.createWorkshop('Toetsenbord', ['Groep 1']);
    const group = workshop.groups[0]!;
    const { page } = await e2e.newPage();
    const board = new BoardPage(page);
    await board.goto(workshop.links.groups[group.id]!);

    // N adds a note and puts the caret in it; typing an "n" there is text, not another note.
    await page.keyboard.press('n');
    const id = await board.newNoteId(new Set());
    await expect.poll(() => board.focused()).toBe(`text:${id}`);
    await page.keyboard.type('Sleutel nodig');
    await expect.poll(() => board.noteText(id)).toBe('Sleutel nodig');
    expect(await board.noteIds()).toHaveLength(1);

    // Escape leaves the text; arrows move the focused note (Shift: bigger steps).
    await page.keyboard.press('Escape');
    await expect.poll(() => board.focused()).toBe(`note:${id}`);
    const start = await board.notePosition(id);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('ArrowUp');
    const moved = { x: start.x + 30, y: start.y + 40 };
    await expect.poll(() => board.notePosition(id)).toEqual(moved);

    // The moves went through the shared model to the server: a stock Yjs client sees them.
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, group.id, workshop.tokens.participants[group.id]);
    try {
      await waitForDoc(observer.doc, (d) => {
        const n = readNotes(d).find((note) => note.id === id);
        return n?.x === moved.x && n.y === moved.y && n.text === 'Sleutel nodig';
      });

      // Delete removes it, and focus goes back to the add button instead of getting lost.
      await page.keyboard.press('Delete');
      await expect.poll(() => board.noteIds()).toEqual([]);
      await expect.poll(() => board.focused()).toMatch(/^\+?Notitie toevoegen/);
      await waitForDoc(observer.doc, (d) => readNotes(d).length === 0);
    } finally {
      observer.destroy();
    }
  });
});

/** Fails with a message naming what did not happen, instead of a bare test timeout. */
async function within<T>(promise: Promise<T>, what: string, ms = 15_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('group board across a server restart', () => {
  it('keeps typing while the server is down and stores it once the server is back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-e2e-restart-'));
    let server = await startTestServer({ DATA_DIR: dataDir });
    const port = String(server.port);
    try {
      const workshop = await server.createWorkshop('Herstart', ['Groep 1']);
      const group = workshop.groups[0]!;
      const { page } = await e2e.newPage();
      const board = new BoardPage(page);
      await board.goto(workshop.links.groups[group.id]!);
      const id = await board.addNote();
      await page.keyboard.type('Voor de herstart');
      await board.waitUntilSaved();

      await server.close();
      await expect.poll(() => board.status()).toMatch(/^(offline|reconnecting)$/);
      await board.editNote(id, 'Tijdens de storing getypt');

      // Same port and data folder: the page reconnects by itself and sends what it kept.
      server = await startTestServer({ DATA_DIR: dataDir, PORT: port });
      await board.waitUntilSaved();
      const observer = connectBoard(server.wsUrl, workshop.id, group.id, workshop.tokens.participants[group.id]);
      try {
        await within(
          waitForDoc(observer.doc, (d) => readNotes(d).some((n) => n.id === id && n.text === 'Tijdens de storing getypt')),
          'the server to hold the text typed during the outage',
        );
      } finally {
        observer.destroy();
      }
    } finally {
      await e2e.closeContexts(); // the page would otherwise keep reconnecting while the server stops
      await within(server.close(), 'the restarted server to close');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
