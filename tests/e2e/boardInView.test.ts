import { describe, expect, it } from 'vitest';
import { readBoard } from '../../shared/board/readBoard.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { connectBoard } from '../helpers/yjsClient.ts';
import { useE2E, workshopWithTemplate } from './fixture.ts';
import { SCREEN_SIZES } from './layoutCheck.ts';
import { BoardPage } from './pages/BoardPage.ts';

/*
 * Issue 10, "Looks", laptop (1366×768): the action-point panel covered the "Actiepunten"
 * section of the board. The panel now opens beside the canvas, which keeps the whole board in
 * view as it narrows (useCameraSetup). Checked at every size wider than a phone (there the
 * panel is a tab over the board, hidden by a button): every section lies inside the canvas,
 * and the canvas and the panel do not overlap.
 */

const e2e = useE2E();

describe('the whole board stays in view beside the action-point panel (issue 10)', () => {
  it('at 1366×768, 1440×900 and 1920×1080 every section, "Actiepunten" too, is inside the canvas, none under the panel', async () => {
    const { workshop, groupId, link } = await workshopWithTemplate(e2e, 'Alles in beeld naast het paneel');
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    expect(await facilitator.send('actionStep:set', { open: true })).toEqual({ ok: true });
    facilitator.close();
    const reader = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.participants[groupId]);
    await reader.synced;
    const sections = readBoard(reader.doc).sections;
    reader.destroy();
    expect(sections.map((s) => s.title)).toContain('Actiepunten');

    const problems: string[] = [];
    for (const size of SCREEN_SIZES.filter((s) => s.width > 760)) {
      const { page } = await e2e.newPage();
      await page.setViewportSize({ width: size.width, height: size.height });
      const board = new BoardPage(page);
      await board.goto(link);
      await page.locator('.session-drawer').waitFor();
      const frameBox = async () => (await page.locator('.canvas-board__frame').boundingBox())!;
      const panel = (await page.locator('.session-drawer').boundingBox())!;
      // The view settles once the panel has narrowed the canvas (a frame or two later).
      const outside = async () => {
        const frame = await frameBox();
        const out: string[] = [];
        for (const s of sections) {
          const a = await board.toScreen({ x: s.x, y: s.y });
          const b = await board.toScreen({ x: s.x + s.w, y: s.y + s.h });
          if (a.x < frame.x - 1 || a.y < frame.y - 1 || b.x > frame.x + frame.width + 1 || b.y > frame.y + frame.height + 1) {
            out.push(`${s.title} at ${Math.round(a.x)},${Math.round(a.y)}…${Math.round(b.x)},${Math.round(b.y)} outside the canvas ${Math.round(frame.x)},${Math.round(frame.y)}…${Math.round(frame.x + frame.width)},${Math.round(frame.y + frame.height)}`);
          }
        }
        return out;
      };
      await expect.poll(outside, { timeout: 5_000 }).toEqual([]);
      const frame = await frameBox();
      if (frame.x + frame.width > panel.x + 1 && panel.x + panel.width > frame.x + 1 && frame.y + frame.height > panel.y + 1 && panel.y + panel.height > frame.y + 1) {
        problems.push(`${size.name}: the panel overlaps the canvas`);
      }
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });
});
