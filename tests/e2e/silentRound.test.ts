import { describe, expect, it } from 'vitest';
import { readBoard } from '../../shared/board/readBoard.ts';
import { connectBoard, waitForDoc } from '../helpers/yjsClient.ts';
import { useE2E } from './fixture.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { ConsolePage } from './pages/ConsolePage.ts';

/*
 * The silent round run from the console (issue 10): started on every board at once, a banner
 * on each board, private notes marked as such on the canvas, the reveal announced everywhere.
 */

const e2e = useE2E();
const SLOW = { timeout: 15_000 };
const BANNER = /Stille ronde: je nieuwe notities ziet alleen jij, tot de begeleider ze onthult/;
const REVEALED = /^De begeleider heeft de notities onthuld/;

/** The canvas pixel (as rgb) at a board point, read from the canvas itself. */
async function pixelAt(board: BoardPage, p: { x: number; y: number }): Promise<[number, number, number]> {
  const s = await board.toScreen(p);
  return board.canvas.evaluate((el, at) => {
    const canvas = el as HTMLCanvasElement;
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const data = canvas.getContext('2d')!.getImageData(Math.round((at.x - rect.left) * scale), Math.round((at.y - rect.top) * scale), 1, 1).data;
    return [data[0]!, data[1]!, data[2]!] as [number, number, number];
  }, s);
}

/** The private mark's colour (palette.ts privateEdge, #0e7490): much more blue than red. */
const isMarkColour = ([r, g, b]: [number, number, number]) => b - r > 80 && g - r > 60;

describe('silent round from the console', () => {
  it('starts on every board, keeps a note private (marked on the canvas), and the reveal is announced on the boards', async () => {
    const workshop = await e2e.server.createWorkshop('Stille ronde', ['Groep Noord', 'Groep Zuid']);
    const [north, south] = workshop.groups as [{ id: string; name: string }, { id: string; name: string }];
    const f = await e2e.newPage();
    const desk = new ConsolePage(f.page);
    await desk.goto(workshop.links.facilitator);
    const section = f.page.locator('.brainstorm-section');
    const stateOf = (groupId: string) => section.locator(`[data-group-id="${groupId}"]`).getAttribute('data-brainstorm');
    expect(await stateOf(north.id)).toBe('idle');

    await desk.button('Starten op alle borden').click();
    await expect.poll(() => stateOf(north.id), SLOW).toBe('running');
    expect(await stateOf(south.id)).toBe('running');
    expect(await section.locator(`[data-group-id="${south.id}"]`).innerText()).toContain('Ronde 1 loopt');
    expect(await desk.groupCard('Groep Noord').getByTestId('brainstorm-badge').innerText()).toBe('Stille ronde');
    await expectNoSeriousViolations(f.page, 'console, round running');

    // The state is the server's: a reload of the console shows it.
    await f.page.reload();
    await desk.waitUntilReady();
    await expect.poll(() => stateOf(south.id), SLOW).toBe('running');

    // Two laptops of one group, on the canvas.
    const a = await e2e.newPage();
    const b = await e2e.newPage();
    const anna = new BoardPage(a.page);
    const bram = new BoardPage(b.page);
    await anna.goto(workshop.links.groups[north.id]!);
    await bram.goto(workshop.links.groups[north.id]!);
    for (const page of [a.page, b.page]) await page.getByRole('status').filter({ hasText: BANNER }).waitFor(SLOW);
    // A reload keeps it: the session says so again (and the page remembers it until then).
    await b.page.reload();
    await bram.waitUntilLoaded();
    await b.page.getByRole('status').filter({ hasText: BANNER }).waitFor(SLOW);

    const secret = await anna.addNote();
    await a.page.keyboard.type('Eerst zelf nadenken');
    await a.page.keyboard.press('Escape');
    await expect.poll(() => anna.noteText(secret), SLOW).toBe('Eerst zelf nadenken');
    // Marked private on the canvas and in its item list.
    await expect.poll(() => anna.item(secret).getAttribute('data-private'), SLOW).toBe('true');
    expect(await anna.itemLabel(secret)).toContain('privé');
    const at = await anna.notePosition(secret);
    // Left of the lock badge's padlock, on its disc (top-left corner of the note).
    const badge = { x: at.x - 4 / (await anna.camera()).z - 7 / (await anna.camera()).z, y: at.y - 4 / (await anna.camera()).z };
    await expect.poll(async () => isMarkColour(await pixelAt(anna, badge)), SLOW).toBe(true);
    await expectNoSeriousViolations(a.page, 'board in a round, with a private note');

    // Nothing of it reached the server: a group mate and the server's copy do not have it.
    await anna.waitUntilSaved();
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, north.id, workshop.tokens.facilitator);
    try {
      await observer.synced;
      expect(readBoard(observer.doc).notes).toEqual([]);
      expect(await bram.noteIds()).not.toContain(secret);

      // The facilitator reveals on every board: the note joins the board, both laptops are told.
      await desk.button('Onthullen op alle borden').click();
      await expect.poll(() => stateOf(north.id), SLOW).toBe('idle');
      for (const page of [a.page, b.page]) await page.getByRole('status').filter({ hasText: REVEALED }).waitFor(SLOW);
      expect(await bram.noteByText('Eerst zelf nadenken')).toBe(secret);
      await expect.poll(() => anna.item(secret).getAttribute('data-private'), SLOW).toBe(null);
      expect(await anna.itemLabel(secret)).not.toContain('privé');
      await expect.poll(async () => isMarkColour(await pixelAt(anna, badge)), SLOW).toBe(false);
      await waitForDoc(observer.doc, (d) => readBoard(d).notes.some((n) => n.id === secret));
      // The banner of the round is gone; the notice can be closed.
      expect(await a.page.getByRole('status').filter({ hasText: BANNER }).count()).toBe(0);
      await expectNoSeriousViolations(b.page, 'board after the reveal');
      await b.page.getByRole('button', { name: 'Melding sluiten' }).click();
      await expect.poll(() => b.page.getByTestId('reveal-notice').count(), SLOW).toBe(0);
    } finally {
      observer.destroy();
    }
  });

  it('one group only: the other group has no round and no banner', async () => {
    const workshop = await e2e.server.createWorkshop('Eén groep', ['Groep Oost', 'Groep West']);
    const [east, west] = workshop.groups as [{ id: string; name: string }, { id: string; name: string }];
    const f = await e2e.newPage();
    const desk = new ConsolePage(f.page);
    await desk.goto(workshop.links.facilitator);
    const row = (id: string) => f.page.locator(`.brainstorm-section [data-group-id="${id}"]`);
    await row(east.id).getByRole('button', { name: /^Starten\W+Groep Oost/ }).click();
    await expect.poll(() => row(east.id).getAttribute('data-brainstorm'), SLOW).toBe('running');
    expect(await row(west.id).getAttribute('data-brainstorm')).toBe('idle');

    const w = await e2e.newPage();
    const westBoard = new BoardPage(w.page);
    await westBoard.goto(workshop.links.groups[west.id]!);
    const e = await e2e.newPage();
    await new BoardPage(e.page).goto(workshop.links.groups[east.id]!);
    await e.page.getByRole('status').filter({ hasText: BANNER }).waitFor(SLOW);
    expect(await w.page.getByRole('status').filter({ hasText: BANNER }).count()).toBe(0);

    // Ending the writing time keeps the notes private and says so; reveal then ends the round.
    await row(east.id).getByRole('button', { name: /^Schrijftijd beëindigen\W+Groep Oost/ }).click();
    await e.page.getByRole('status').filter({ hasText: /de schrijftijd is voorbij/ }).waitFor(SLOW);
    await row(east.id).getByRole('button', { name: /^Onthullen\W+Groep Oost/ }).click();
    await e.page.getByRole('status').filter({ hasText: REVEALED }).waitFor(SLOW);
    expect(await w.page.getByTestId('reveal-notice').count()).toBe(0);
  });
});
