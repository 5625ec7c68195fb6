import { CANVAS, FONT_STACK } from '../../../../shared/render/palette.ts';

/*
 * The number of notes in a section, as a pill after its title in the overview (semantic zoom),
 * so that "which section is full" reads at a glance. Drawn in the title's scaled frame: units
 * are those of the 26 px title font.
 */

const COUNT_FONT = `600 20px ${FONT_STACK}`;
const PILL = { gap: 12, padX: 10, h: 28, top: -1 } as const;
/** Zinc-200 behind CANVAS.muted text: 6.3:1. */
const PILL_FILL = '#e4e4e7';

/** The width the pill takes after the title, gap included (title units). */
export function sectionCountWidth(ctx: CanvasRenderingContext2D, count: number): number {
  ctx.font = COUNT_FONT;
  return PILL.gap + ctx.measureText(String(count)).width + 2 * PILL.padX;
}

/** Draws the pill at `after` (the title's right end), in the current (title) frame. */
export function drawSectionCount(ctx: CanvasRenderingContext2D, count: number, after: number): void {
  const label = String(count);
  ctx.font = COUNT_FONT;
  const w = ctx.measureText(label).width + 2 * PILL.padX;
  const x = after + PILL.gap;
  ctx.fillStyle = PILL_FILL;
  ctx.beginPath();
  ctx.roundRect(x, PILL.top, w, PILL.h, PILL.h / 2);
  ctx.fill();
  ctx.fillStyle = CANVAS.muted;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillText(label, x + w / 2, PILL.top + PILL.h / 2 + 1);
  ctx.textAlign = 'start';
  ctx.textBaseline = 'top';
}
