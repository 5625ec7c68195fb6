import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteView } from '../../shared/board/schema.ts';
import type { SectionView } from '../../shared/board/views.ts';
import { CASE_TEXT, NOTE_TEXT, SECTION_TITLE } from '../../shared/render/itemLayout.ts';
import { VOTE_BADGE } from '../../shared/render/voteBadge.ts';
import type { SceneItem } from '../../client/src/board/canvas/BoardScene.ts';
import type { DrawContext } from '../../client/src/board/canvas/drawItems.ts';
import { firstWords } from '../../client/src/board/canvas/textLayout.ts';
import { LOD_GIST, LOD_TINY, READABLE, zoomRules } from '../../client/src/board/canvas/zoomRules.ts';

/*
 * Semantic zoom (issue 10): zoomed out to an overview, the canvas draws section titles with a
 * note count, the first words of each note and vote badges at a readable screen size; at 100 %
 * nothing changes. The rules are a pure function of the zoom; the drawing follows them.
 */

const ZOOMS = [4, 2, 1.5, 1, 0.8, 0.7, LOD_GIST, 0.6, 0.5, 0.4, 0.32, 0.25, LOD_TINY, 0.15, 0.1, 0.04];

describe('zoomRules', () => {
  it('at 100 % and closer draws every item as laid out: full notes, no counts, nothing grown', () => {
    for (const z of [1, 1.5, 4]) {
      expect(zoomRules(z)).toEqual({
        notes: 'full', noteFont: NOTE_TEXT.size, titleScale: 1, titleMinScale: 1, sectionCounts: false, badgeScale: 1, caseScale: 1,
      });
    }
  });

  it('at an overview (about 32 %) draws the first words of notes, counts, and keeps every text readable on screen', () => {
    const z = 0.32;
    const r = zoomRules(z);
    expect(r.notes).toBe('gist');
    expect(r.sectionCounts).toBe(true);
    expect(r.noteFont * z).toBeCloseTo(READABLE.noteText, 6);
    expect(SECTION_TITLE.size * r.titleScale * z).toBeCloseTo(READABLE.title, 6);
    expect(SECTION_TITLE.size * r.titleMinScale * z).toBeCloseTo(READABLE.titleMin, 6);
    expect(VOTE_BADGE.fontSize * r.badgeScale * z).toBeGreaterThanOrEqual(11);
    expect(CASE_TEXT.size * r.caseScale * z).toBeGreaterThanOrEqual(12);
    // The note text is drawn larger than its layout (16 board units would be 5 px).
    expect(r.noteFont).toBeGreaterThan(2 * NOTE_TEXT.size);
  });

  it('below the overview, notes are coloured blocks', () => {
    expect(zoomRules(LOD_TINY - 0.01).notes).toBe('blocks');
    expect(zoomRules(0.04).notes).toBe('blocks');
    expect(zoomRules(LOD_TINY).notes).toBe('gist');
  });

  it('switches from the first words to the full note where the full text is readable, without a jump in size', () => {
    expect(LOD_GIST * NOTE_TEXT.size).toBeCloseTo(READABLE.noteText, 6);
    expect(zoomRules(LOD_GIST).notes).toBe('full');
    const justBelow = zoomRules(LOD_GIST - 1e-6);
    expect(justBelow.notes).toBe('gist');
    expect(justBelow.noteFont).toBeCloseTo(NOTE_TEXT.size, 3);
  });

  it('never draws text smaller as the zoom shrinks: every size only grows, and none falls under its minimum', () => {
    let prev = zoomRules(ZOOMS[0]!);
    for (const z of ZOOMS.slice(1)) {
      const r = zoomRules(z);
      for (const key of ['noteFont', 'titleScale', 'titleMinScale', 'badgeScale', 'caseScale'] as const) {
        expect(r[key], `${key} at ${z}`).toBeGreaterThanOrEqual(prev[key]);
      }
      expect(SECTION_TITLE.size * r.titleScale * z).toBeGreaterThanOrEqual(Math.min(READABLE.title, SECTION_TITLE.size * z) - 1e-9);
      expect(VOTE_BADGE.fontSize * r.badgeScale * z).toBeGreaterThanOrEqual(READABLE.badgeText - 1e-9);
      if (r.notes === 'gist') expect(r.noteFont * z).toBeGreaterThanOrEqual(READABLE.noteText - 1e-9);
      prev = r;
    }
  });
});

/** One unit per character: easy to reason about. */
const chars = { measure: (s: string) => [...s].length };

describe('firstWords: what a note shows from a distance', () => {
  it('keeps whole words on the lines there are and ends with "…" when more follows', () => {
    expect(firstWords('Kinderen durven niet buiten te spelen', 10, 2, chars)).toEqual(['Kinderen', 'durven…']);
    expect(firstWords('Meldpunt voor bewoners', 13, 2, chars)).toEqual(['Meldpunt voor', 'bewoners']);
  });

  it('cuts a word wider than a line once, with "…", instead of breaking it over two lines', () => {
    expect(firstWords('Buurtbemiddeling eerder inzetten', 8, 2, chars)).toEqual(['Buurtbe…']);
    expect(firstWords('Een buurtbemiddelaar', 8, 3, chars)).toEqual(['Een', 'buurtbe…']);
  });

  it('treats line breaks as spaces and gives nothing for an empty text', () => {
    expect(firstWords('Eén\ncasusregisseur', 20, 1, chars)).toEqual(['Eén casusregisseur']);
    expect(firstWords('  \n ', 10, 2, chars)).toEqual([]);
  });

  it('never cuts inside an emoji', () => {
    const [line] = firstWords('👍👍👍👍👍👍', 4, 1, chars);
    expect(line).toBe('👍👍👍…');
  });
});

/** Path2D does not exist in Node; drawItems creates none for notes and sections. */
function recordingContext() {
  const calls: { op: string; args: unknown[] }[] = [];
  const ctx: Record<string, unknown> = { font: '16px sans-serif', fillStyle: '', strokeStyle: '', lineWidth: 1, textAlign: 'start', textBaseline: 'top' };
  for (const op of ['beginPath', 'arc', 'fill', 'stroke', 'fillText', 'translate', 'scale', 'save', 'restore', 'roundRect', 'fillRect', 'rect']) {
    ctx[op] = (...args: unknown[]) => { calls.push({ op, args }); };
  }
  // About 0.55 em per character, like the system font.
  const size = () => Number(/([\d.]+)px/.exec(String(ctx.font))?.[1] ?? 16);
  ctx.measureText = (text: string) => ({ width: [...text].length * 0.55 * size() });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const note: NoteView = {
  id: 'n1', type: 'note', x: 0, y: 0, w: 200, h: 140, color: 'yellow', z: 1, text: 'Buurtbemiddeling eerder inzetten bij ruzie op de galerij',
};
const section: SectionView = { id: 's1', type: 'section', x: 0, y: 0, w: 600, h: 900, title: 'Wat speelt er?', z: 0 };
const item = (record: NoteView | SectionView) => ({ id: record.id, record, bounds: null, layer: 0 }) as unknown as SceneItem;

function dcAt(ctx: CanvasRenderingContext2D, z: number): DrawContext {
  const scene = { votes: () => 2, myVotes: () => 0, noteCounts: () => new Map([['s1', 15]]) };
  return { ctx, z, scene: scene as unknown as DrawContext['scene'], editingId: null, caseLabel: 'Casus', rules: zoomRules(z) };
}

describe('drawing by the rules', () => {
  let gist: typeof import('../../client/src/board/canvas/drawGist.ts');
  let draw: typeof import('../../client/src/board/canvas/drawItems.ts');
  beforeAll(async () => {
    (globalThis as { Path2D?: unknown }).Path2D = class {};
    gist = await import('../../client/src/board/canvas/drawGist.ts');
    draw = await import('../../client/src/board/canvas/drawItems.ts');
  });
  afterAll(() => { delete (globalThis as { Path2D?: unknown }).Path2D; });

  it('a note at an overview shows its first words at 11 px or more on screen, and a vote badge grown to match', () => {
    const z = 0.32;
    const { ctx, calls } = recordingContext();
    const rules = zoomRules(z);
    gist.drawNoteGist(dcAt(ctx, z), item(note), note, rules.noteFont, rules.badgeScale);
    const scales = calls.filter((c) => c.op === 'scale').map((c) => c.args[0] as number);
    const texts = calls.filter((c) => c.op === 'fillText').map((c) => c.args[0] as string);
    // The text is drawn in the 16 px note font under a scale that makes it 11 px on screen.
    expect(NOTE_TEXT.size * scales[0]! * z).toBeCloseTo(READABLE.noteText, 6);
    expect(texts[0]).toMatch(/^Buurtbe/);
    expect(texts.slice(0, -1).at(-1)).toMatch(/…$/);
    // The badge (its count is the last text) under its own scale: 11 px on screen.
    expect(texts.at(-1)).toBe('2');
    expect(VOTE_BADGE.fontSize * scales.at(-1)! * z).toBeCloseTo(READABLE.badgeText, 6);
  });

  it('a section at an overview shows its title and how many notes it holds; at 100 % only its title', () => {
    const far = recordingContext();
    draw.drawSection(dcAt(far.ctx, 0.32), item(section), section);
    expect(far.calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(['Wat speelt er?', '15']);
    const near = recordingContext();
    draw.drawSection(dcAt(near.ctx, 1), item(section), section);
    expect(near.calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(['Wat speelt er?']);
    expect(near.calls.filter((c) => c.op === 'scale').map((c) => c.args[0])).toEqual([1]);
  });

  it('a long section title shrinks towards 14 px before it is cut, and never below', () => {
    const z = 0.32;
    const long = { ...section, title: 'Knelpunten in de samenwerking' };
    const { ctx, calls } = recordingContext();
    draw.drawSection(dcAt(ctx, z), item(long), long);
    const [title, count] = calls.filter((c) => c.op === 'fillText').map((c) => c.args[0] as string);
    const px = SECTION_TITLE.size * (calls.find((c) => c.op === 'scale')!.args[0] as number) * z;
    expect(px).toBeCloseTo(READABLE.titleMin, 6);
    expect(title).toMatch(/^Knelpunten in .*…$/);
    expect(count).toBe('15');
    // A short title keeps the full 16 px.
    const short = recordingContext();
    draw.drawSection(dcAt(short.ctx, z), item(section), section);
    expect(SECTION_TITLE.size * (short.calls.find((c) => c.op === 'scale')!.args[0] as number) * z).toBeCloseTo(READABLE.title, 6);
  });
});
