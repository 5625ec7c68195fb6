import type { Rect } from '../../../../shared/board/views.ts';
import { CANVAS } from '../../../../shared/render/palette.ts';
import type { DrawContext } from './drawItems.ts';

/** Screen pixels of the lock badge: the same size at every zoom, so it reads from afar too. */
const BADGE_RADIUS = 10;
/** The dashed edge in screen pixels: its line's centre `gap` outside the item, `width` wide. */
export const PRIVATE_EDGE = { gap: 4, width: 2, dash: [6, 4] } as const;
/**
 * Screen pixels that the rings drawn around a private item (selection, keyboard focus, arrow
 * target) keep further out than around a shared one: past the dashed edge and a pixel of air.
 * Without it the selection ring lies on the dashed edge and hides it, so a selected private
 * note looks shared (issue 10).
 */
export const PRIVATE_OUTSET = PRIVATE_EDGE.gap + PRIVATE_EDGE.width / 2 + 1;

/**
 * Marks an item that only its author sees (a silent-brainstorm note before the reveal): a
 * dashed edge around it and a lock badge on its top-left corner (the top-right is the vote
 * badge's). Drawn after the item, in board coordinates; line widths divide by the zoom so the
 * mark keeps its screen size. Without it a private note looks like a shared one, and its
 * author believes the group can read it.
 */
export function drawPrivateMark(dc: DrawContext, b: Rect): void {
  const { ctx, z } = dc;
  const gap = PRIVATE_EDGE.gap / z;
  ctx.strokeStyle = CANVAS.privateEdge;
  ctx.lineWidth = PRIVATE_EDGE.width / z;
  ctx.setLineDash(PRIVATE_EDGE.dash.map((d) => d / z));
  ctx.strokeRect(b.x - gap, b.y - gap, b.w + 2 * gap, b.h + 2 * gap);
  ctx.setLineDash([]);
  drawPrivateBadge(dc, b);
}

/** The lock badge alone, again above a ring that the overlay drew across the item's corner. */
export function drawPrivateBadge(dc: DrawContext, b: Rect): void {
  const gap = PRIVATE_EDGE.gap / dc.z;
  drawLockBadge(dc.ctx, b.x - gap, b.y - gap, 1 / dc.z);
}

/** A filled circle with a white padlock, centred on (x, y); `u` is one screen pixel in board units. */
function drawLockBadge(ctx: CanvasRenderingContext2D, x: number, y: number, u: number): void {
  ctx.fillStyle = CANVAS.privateEdge;
  ctx.beginPath();
  ctx.arc(x, y, BADGE_RADIUS * u, 0, Math.PI * 2);
  ctx.fill();
  // Body: 10 × 7 px; shackle: an arch of radius 3 px above it.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x - 5 * u, y - 1 * u, 10 * u, 7 * u);
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.6 * u;
  ctx.beginPath();
  ctx.moveTo(x - 3 * u, y - 1 * u);
  ctx.lineTo(x - 3 * u, y - 3 * u);
  ctx.arc(x, y - 3 * u, 3 * u, Math.PI, 0);
  ctx.lineTo(x + 3 * u, y - 1 * u);
  ctx.stroke();
}
