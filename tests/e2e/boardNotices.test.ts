/*
 * The board notices of issue 8 as a participant sees them (docs/api.md, "Board notices"): the
 * server undoes a laptop's update and tells it why (findings 4 and 6), and it tells every
 * laptop when it cannot store (finding 3, on a really full file system) and when it can again.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, WebSocketRoute } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../shared/board/readBoard.ts';
import { itemsOf, type ChangeOrigin } from '../../shared/board/schema.ts';
import { addNote } from '../../shared/board/notes.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { applyTemplate } from '../../shared/board/templates.ts';
import { encodeSyncUpdate } from '../../server/yjs/protocol.ts';
import { updateFrom } from '../helpers/boardAttack.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';
import { useE2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';

const SLOW = { timeout: 20_000 };
const LOCAL: ChangeOrigin = { kind: 'local' };

const e2e = useE2E();
const clients: BoardClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
});

function open(server: TestServer, workshopId: string, groupId: string, token: string): BoardClient {
  const c = connectBoard(server.wsUrl, workshopId, groupId, token);
  clients.push(c);
  return c;
}

/** A sync update frame, as a laptop sends one. */
const updateFrame = (update: Uint8Array): Buffer => Buffer.from(encodeSyncUpdate(update));

/** Keeps the server end of the page's board socket, to send frames as that laptop. */
async function routeBoardSocket(page: Page): Promise<() => WebSocketRoute> {
  let server: WebSocketRoute | undefined;
  await page.routeWebSocket(/\/yjs\//, (ws) => { server = ws.connectToServer(); });
  return () => {
    if (!server) throw new Error('the page has no board socket');
    return server;
  };
}

const liveRegion = (page: Page) => page.locator('.board-notices [role="status"]');

describe('board notices: the server undid this laptop\'s update', () => {
  it('a participant\'s case-card edit and an over-long note: a specific message each, spoken, closed by keyboard', async () => {
    const workshop = await e2e.server.createWorkshop('Weigeringen', ['Groep 1']);
    const groupId = workshop.groups[0]!.id;
    const facilitator = open(e2e.server, workshop.id, groupId, workshop.tokens.facilitator);
    await facilitator.synced;
    applyTemplate(facilitator.doc, 'workshop', { caseText: 'De casus van vandaag' }, LOCAL);

    const { page } = await e2e.newPage();
    const boardSocket = await routeBoardSocket(page);
    const board = new BoardPage(page);
    await board.goto(workshop.links.groups[groupId]!);
    await board.waitUntilSaved();

    // Finding 6: the participant's laptop writes the case card over the board channel.
    boardSocket().send(updateFrame(updateFrom(facilitator.doc, (d) => setCaseText(d, 'Mallory was hier', LOCAL))));
    const notice = page.getByTestId('refusal-notice');
    await notice.waitFor(SLOW);
    expect(await notice.getAttribute('data-reason')).toBe('caseCard');
    expect(await notice.textContent()).toContain('Alleen de begeleider kan de casus wijzigen');
    await expect.poll(() => liveRegion(page).textContent()).toContain('Alleen de begeleider kan de casus wijzigen');
    await page.getByRole('button', { name: 'Melding sluiten' }).focus();
    await page.keyboard.press('Enter');
    await notice.waitFor({ state: 'detached' });

    // Finding 4: a note text past its limit, written around the model.
    boardSocket().send(updateFrame(updateFrom(facilitator.doc, (d) => {
      const id = addNote(d, { x: 0, y: 400 }, LOCAL);
      (itemsOf(d).get(id)!.get('text') as Y.Text).insert(0, 'x'.repeat(2500));
    })));
    await notice.waitFor(SLOW);
    expect(await notice.getAttribute('data-reason')).toBe('limit');
    expect(await notice.textContent()).toContain('een notitie mag maximaal 2000 tekens hebben');
    await expect.poll(() => liveRegion(page).textContent()).toContain('een notitie mag maximaal 2000 tekens hebben');
    await page.getByRole('button', { name: 'Melding sluiten' }).focus();
    await page.keyboard.press('Escape');
    await notice.waitFor({ state: 'detached' });

    // Undone for everyone: a fresh joiner holds the facilitator's case and no long note.
    const fresh = open(e2e.server, workshop.id, groupId, workshop.tokens.facilitator);
    await fresh.synced;
    expect(readBoard(fresh.doc).caseCard?.text).toBe('De casus van vandaag');
    expect(readBoard(fresh.doc).notes.filter((n) => n.text.length > 2000)).toEqual([]);
  });
});

/** Fills the file system at `dir` until a write fails with ENOSPC; returns the filler's path. */
function fillDisk(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  try {
    for (const size of [1 << 20, 1 << 12, 1]) {
      const chunk = Buffer.alloc(size, 1);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw err;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

describe('board notices: the server cannot store (a really full file system)', () => {
  let mountPoint: string;
  let server: TestServer;
  beforeAll(async () => {
    mountPoint = mkdtempSync(join(tmpdir(), 'werkbord-full-'));
    // Needs root (CI and these sessions run as root); a small tmpfs is a disk that really fills.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m,mode=0700', 'tmpfs', mountPoint]);
    server = await startTestServer({ DATA_DIR: mountPoint });
  });
  afterAll(async () => {
    await server?.close();
    execFileSync('umount', [mountPoint]);
    rmdirSync(mountPoint);
  });

  it('shows the banner and never "Alles opgeslagen" while it fails; once there is room, all is saved and shared', async () => {
    const workshop = await server.createWorkshop('Volle schijf', ['Groep 1']);
    const groupId = workshop.groups[0]!.id;
    const link = workshop.links.groups[groupId]!;
    const { page } = await e2e.newPage();
    const board = new BoardPage(page);
    await board.goto(link);
    await board.addNote();
    await page.keyboard.type('Voor de storing');
    await page.keyboard.press('Escape');
    await board.waitUntilSaved();
    // Every state the badge shows from here on.
    await page.evaluate(() => {
      const w = window as unknown as { badgeStates: string[] };
      w.badgeStates = [];
      const badge = () => document.querySelector('.connection');
      new MutationObserver(() => w.badgeStates.push(badge()?.getAttribute('data-state') ?? ''))
        .observe(badge()!, { attributes: true, attributeFilter: ['data-state'] });
    });

    const filler = fillDisk(mountPoint);
    await board.addNote();
    await page.keyboard.type('Tijdens de storing');
    await page.keyboard.press('Escape');
    const banner = page.getByTestId('storage-notice');
    await banner.waitFor(SLOW);
    expect(await banner.textContent()).toBe(
      'De server kan nu niet opslaan. Je werk blijft op dit apparaat bewaard en wordt opgeslagen zodra het weer kan.',
    );
    await expect.poll(() => liveRegion(page).textContent()).toContain('De server kan nu niet opslaan');
    expect(await page.locator('.connection').getAttribute('data-state')).toBe('notStoring');
    expect(await page.locator('.connection__text').textContent()).not.toBe('Alles opgeslagen');

    unlinkSync(filler);
    await banner.waitFor({ state: 'detached', ...SLOW });
    await board.waitUntilSaved();
    await expect.poll(() => liveRegion(page).textContent()).toContain('De server slaat weer op');
    const states = await page.evaluate(() => (window as unknown as { badgeStates: string[] }).badgeStates);
    const failedAt = states.indexOf('notStoring');
    expect(failedAt).toBeGreaterThanOrEqual(0);
    // Between the failure and the recovery the badge never claimed that everything was saved.
    expect(states.slice(failedAt, states.lastIndexOf('notStoring'))).not.toContain('saved');

    const fresh = open(server, workshop.id, groupId, workshop.tokens.facilitator);
    await fresh.synced;
    await waitForDoc(fresh.doc, (d) => readBoard(d).notes.some((n) => n.text === 'Tijdens de storing'));
    expect(readBoard(fresh.doc).notes.map((n) => n.text).sort()).toEqual(['Tijdens de storing', 'Voor de storing']);
  });
});
