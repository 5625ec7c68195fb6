import { describe, expect, it } from 'vitest';
import { CASE_CARD_SIZE, SECTION_SIZE } from '../../shared/board/schema.ts';
import type { Rect } from '../../shared/board/views.ts';
import { fitCamera } from '../../client/src/board/canvas/camera.ts';
import { busiestSection, openingCamera, type OpeningBoard } from '../../client/src/board/canvas/openingView.ts';
import { LOD_TINY, READABLE, zoomRules } from '../../client/src/board/canvas/zoomRules.ts';

/*
 * Issue 10: a phone opened the workshop board "fit to everything" at about 12 %, where notes are
 * coloured blocks. The opening view is now one section as wide as the screen when the whole
 * board would be blocks; a laptop still opens on the whole board.
 */

const GAP = 40;
const top = CASE_CARD_SIZE.h + GAP;
/** The workshop template's geometry (shared/board/templates.ts): the case card, four sections in a row. */
const sections = [0, 1, 2, 3].map((i) => ({ id: `s${i + 1}`, x: i * (SECTION_SIZE.w + GAP), y: top, w: SECTION_SIZE.w, h: SECTION_SIZE.h }));
const whole: Rect = { x: 0, y: 0, w: 4 * SECTION_SIZE.w + 3 * GAP, h: top + SECTION_SIZE.h };

function board(counts: Record<string, number> = {}): OpeningBoard {
  return { contentBounds: () => whole, sections: () => sections, noteCounts: () => new Map(Object.entries(counts)) };
}

/** The canvas at 390 × 844 under the board page's header, session bar and online list. */
const PHONE = { w: 390, h: 560 };
/** The canvas on a 1366 × 768 laptop with the action-point drawer open. */
const LAPTOP = { w: 780, h: 560 };

describe('openingCamera', () => {
  it('on a phone opens one section, as wide as the screen, its title at the top; notes read at ≥ 11 px', () => {
    expect(fitCamera(whole, PHONE).z).toBeLessThan(LOD_TINY);
    const cam = openingCamera(board(), PHONE);
    expect(cam.z).toBeGreaterThanOrEqual(0.35);
    const s = sections[0]!;
    // The section's left and right edges are on screen, 16 px in.
    expect((s.x - cam.x) * cam.z + PHONE.w / 2).toBeCloseTo(16, 6);
    expect((s.x + s.w - cam.x) * cam.z + PHONE.w / 2).toBeCloseTo(PHONE.w - 16, 6);
    expect((s.y - cam.y) * cam.z + PHONE.h / 2).toBeCloseTo(16, 6);
    const rules = zoomRules(cam.z);
    expect(rules.notes).not.toBe('blocks');
    expect(rules.noteFont * cam.z).toBeGreaterThanOrEqual(READABLE.noteText - 1e-9);
  });

  it('opens on the section where the group writes most', () => {
    const cam = openingCamera(board({ s1: 1, s3: 4, s4: 2 }), PHONE);
    expect(cam.x).toBe(sections[2]!.x + SECTION_SIZE.w / 2);
  });

  it('on a laptop shows the whole board, as before', () => {
    expect(openingCamera(board({ s3: 4 }), LAPTOP)).toEqual(fitCamera(whole, LAPTOP));
    expect(fitCamera(whole, LAPTOP).z).toBeGreaterThanOrEqual(LOD_TINY);
  });

  it('a board without sections shows everything, however small', () => {
    const bare: OpeningBoard = { contentBounds: () => whole, sections: () => [], noteCounts: () => new Map() };
    expect(openingCamera(bare, PHONE)).toEqual(fitCamera(whole, PHONE));
  });
});

describe('busiestSection', () => {
  it('takes the most notes, and the first in reading order on a tie', () => {
    const shuffled = [sections[3]!, sections[1]!, sections[0]!, sections[2]!];
    expect(busiestSection(shuffled, new Map())?.id).toBe('s1');
    expect(busiestSection(shuffled, new Map([['s2', 3], ['s4', 3]]))?.id).toBe('s2');
    expect(busiestSection([], new Map())).toBeNull();
  });
});
