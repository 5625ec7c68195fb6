import { resolveArrow } from '../../../../shared/board/arrows.ts';
import type { InkColor } from '../../../../shared/board/schema.ts';
import type { Point, Rect } from '../../../../shared/board/views.ts';
import { boardToScreen, type Camera, type ViewSize } from './camera.ts';
import { drawArrowLine, type DrawContext } from './drawItems.ts';
import { CANVAS, FONT_STACK, INK } from '../../../../shared/render/palette.ts';
import { PRIVATE_OUTSET, drawPrivateBadge } from './privateMark.ts';
import { strokePath } from './strokePath.ts';
import { stackTags, type TagBox } from '../../../../shared/presence/tagPlacement.ts';

/** Another person on the board, as their awareness state says. */
export interface PeerView {
  clientId: number;
  name: string;
  color: string;
  /** Board coordinates, or null when their pointer is off the board. */
  cursor: Point | null;
  editing: string | null;
}

/** What is drawn above the items: everything that is this person's view, not the board's content. */
export interface Overlay {
  selection: ReadonlySet<string>;
  focusedId: string | null;
  editingId: string | null;
  /** The single selected item can be resized (its handles are drawn). */
  handles: boolean;
  /** An item under the pointer that an action would use (the end of a new arrow). */
  target: string | null;
  rubberBand: Rect | null;
  liveStroke: { points: number[]; color: InkColor; width: number } | null;
  arrowPreview: { from: Point; to: Point } | null;
  eraser: { at: Point; radius: number } | null;
  peers: readonly PeerView[];
}

export const emptyOverlay = (): Overlay => ({
  selection: new Set(), focusedId: null, editingId: null, handles: false, target: null,
  rubberBand: null, liveStroke: null, arrowPreview: null, eraser: null, peers: [],
});

export type Handle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';
export const HANDLE_SIZE = 10;

export function handlePoints(r: Rect): [Handle, Point][] {
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  const x2 = r.x + r.w;
  const y2 = r.y + r.h;
  return [
    ['nw', { x: r.x, y: r.y }], ['n', { x: cx, y: r.y }], ['ne', { x: x2, y: r.y }], ['e', { x: x2, y: cy }],
    ['se', { x: x2, y: y2 }], ['s', { x: cx, y: y2 }], ['sw', { x: r.x, y: y2 }], ['w', { x: r.x, y: cy }],
  ];
}

/** The area an item covers, for outlines: its bounds, or an arrow's line. */
function outlineOf(dc: DrawContext, id: string): Rect | null {
  const item = dc.scene.get(id);
  if (!item) return null;
  if (item.bounds) return item.bounds;
  if (item.record.type !== 'arrow') return null;
  const arrow = resolveArrow(item.record, dc.scene.records);
  if (!arrow) return null;
  const { start: a, end: b } = arrow;
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

/** Screen pixels that this person's rings keep off an item: more around a private one (its dashed edge shows). */
function ringOutset(dc: DrawContext, id: string): number {
  return dc.scene.get(id)?.isPrivate ? PRIVATE_OUTSET : 0;
}

function outline(ctx: CanvasRenderingContext2D, r: Rect, gap: number, width: number, color: string): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.strokeRect(r.x - gap, r.y - gap, r.w + 2 * gap, r.h + 2 * gap);
}

/**
 * This person's rings: the arrow's target, the selection and the keyboard focus. Returns the
 * selected items' outlines (for the resize handles, drawn above). Around a private item the
 * rings keep outside its dashed edge, and its lock badge, which they cross, goes back on top.
 */
function drawRings(dc: DrawContext, o: Overlay): Rect[] {
  const { ctx } = dc;
  const px = 1 / dc.z;
  const crossed = new Map<string, Rect>();
  const ring = (id: string, gap: number, draw: (r: Rect, gap: number) => void): Rect | null => {
    const r = outlineOf(dc, id);
    if (!r) return null;
    const outset = ringOutset(dc, id);
    draw(r, (gap + outset) * px);
    if (outset > 0) crossed.set(id, r);
    return r;
  };
  if (o.target) ring(o.target, 4, (r, gap) => outline(ctx, r, gap, 3 * px, CANVAS.selection));
  const selected: Rect[] = [];
  for (const id of o.selection) {
    const r = ring(id, 2, (box, gap) => outline(ctx, box, gap, 2 * px, CANVAS.selection));
    if (r) selected.push(r);
  }
  if (o.focusedId) {
    ring(o.focusedId, 6, (r, gap) => {
      outline(ctx, r, gap, 3 * px, '#ffffff');
      outline(ctx, r, gap, 2 * px, CANVAS.focus);
    });
  }
  for (const r of crossed.values()) drawPrivateBadge(dc, r);
  return selected;
}

/** Overlays in board coordinates (the camera transform is set). */
export function drawOverlay(dc: DrawContext, o: Overlay): void {
  const { ctx, z } = dc;
  const px = 1 / z;
  ctx.font = `600 ${12 * px}px ${FONT_STACK}`;
  ctx.textBaseline = 'bottom';
  const tags: (TagBox & { peer: PeerView })[] = [];
  for (const peer of o.peers) {
    const r = peer.editing ? outlineOf(dc, peer.editing) : null;
    if (!r) continue;
    outline(ctx, r, 3 * px, 2 * px, peer.color);
    const w = ctx.measureText(peer.name).width + 10 * px;
    tags.push({ peer, x: r.x - 3 * px, y: r.y - 21 * px, w, h: 18 * px });
  }
  // People editing neighbouring items: their name tags stack instead of covering each other.
  const ys = stackTags(tags, 2 * px);
  tags.forEach((tag, i) => {
    const y = ys[i]!;
    ctx.fillStyle = tag.peer.color;
    ctx.fillRect(tag.x, y, tag.w, tag.h);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(tag.peer.name, tag.x + 5 * px, y + 14 * px);
  });
  const selected = drawRings(dc, o);
  if (selected.length === 1 && o.handles) {
    const size = HANDLE_SIZE * px;
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = CANVAS.selection;
    ctx.lineWidth = 1.5 * px;
    for (const [, p] of handlePoints(selected[0]!)) {
      ctx.fillRect(p.x - size / 2, p.y - size / 2, size, size);
      ctx.strokeRect(p.x - size / 2, p.y - size / 2, size, size);
    }
  }
  if (o.rubberBand) {
    const r = o.rubberBand;
    ctx.fillStyle = CANVAS.selectionFill;
    ctx.fillRect(r.x, r.y, r.w, r.h);
    outline(ctx, r, 0, 1 * px, CANVAS.selection);
  }
  if (o.liveStroke && o.liveStroke.points.length >= 2) {
    ctx.fillStyle = INK[o.liveStroke.color];
    ctx.fill(strokePath(o.liveStroke.points, o.liveStroke.width, false));
  }
  if (o.arrowPreview) {
    ctx.globalAlpha = 0.7;
    drawArrowLine(ctx, z, o.arrowPreview.from, o.arrowPreview.to, CANVAS.selection);
    ctx.globalAlpha = 1;
  }
  if (o.eraser) {
    ctx.strokeStyle = CANVAS.muted;
    ctx.lineWidth = 1.5 * px;
    ctx.beginPath();
    ctx.arc(o.eraser.at.x, o.eraser.at.y, o.eraser.radius, 0, Math.PI * 2);
    ctx.stroke();
  }
}

/** Overlays in screen pixels: the other people's pointers with their names. */
export function drawScreenOverlay(ctx: CanvasRenderingContext2D, cam: Camera, view: ViewSize, o: Overlay): void {
  ctx.font = `600 12px ${FONT_STACK}`;
  ctx.textBaseline = 'middle';
  const tags: (TagBox & { name: string; color: string })[] = [];
  for (const peer of o.peers) {
    if (!peer.cursor) continue;
    const p = boardToScreen(cam, view, peer.cursor);
    if (p.x < -20 || p.y < -20 || p.x > view.w + 20 || p.y > view.h + 20) continue;
    ctx.fillStyle = peer.color;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(p.x, p.y + 17);
    ctx.lineTo(p.x + 4.5, p.y + 13);
    ctx.lineTo(p.x + 11.5, p.y + 13);
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
    if (!peer.name) continue;
    tags.push({ name: peer.name, color: peer.color, x: p.x + 10, y: p.y + 16, w: ctx.measureText(peer.name).width + 12, h: 20 });
  }
  // Pointers close together: their name tags stack instead of covering each other.
  const ys = stackTags(tags, 2);
  tags.forEach((tag, i) => {
    const y = ys[i]!;
    ctx.fillStyle = tag.color;
    ctx.beginPath();
    ctx.roundRect(tag.x, y, tag.w, tag.h, 5);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(tag.name, tag.x + 6, y + 10.5);
  });
}
