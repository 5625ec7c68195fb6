import type { NoteView } from '../../../../shared/board/schema.ts';
import type { CaseCardView, Point, SectionView, ShapeView, StrokeView, TextView } from '../../../../shared/board/views.ts';
import type { BoardScene, SceneItem, TextLayout } from './BoardScene.ts';
import { CANVAS, FONT_STACK, INK, NOTE_FILL, SHAPE_FILL } from '../../../../shared/render/palette.ts';
import { VOTE_BADGE, voteBadge } from '../../../../shared/render/voteBadge.ts';
import { strokePath } from './strokePath.ts';
import { measurer } from './textLayout.ts';
import { wrapLines } from '../../../../shared/render/textWrap.ts';
import { arrowShape } from '../../../../shared/render/arrow.ts';
import { ARROW, CASE_TEXT, NOTE_TEXT, SECTION_TITLE, SHAPE_RADIUS, caseMaxLines, labelLine, noteMaxLines } from '../../../../shared/render/itemLayout.ts';
import { drawSectionCount, sectionCountWidth } from './sectionCount.ts';
import { zoomRules, type ZoomRules } from './zoomRules.ts';

/*
 * Drawing of single items in board coordinates (the context carries the camera transform).
 * Sizes here are board units; a line that must stay visible when zoomed out takes max(…, n / z).
 */

export interface DrawContext {
  ctx: CanvasRenderingContext2D;
  /** Zoom: screen pixels per board unit. */
  z: number;
  scene: BoardScene;
  /** The item whose text the editor overlay shows: its text is not drawn under it. */
  editingId: string | null;
  caseLabel: string;
  /** What to draw at this zoom (zoomRules(z)), worked out once per frame; computed when absent. */
  rules?: ZoomRules;
}

const rulesOf = (dc: DrawContext): ZoomRules => dc.rules ?? zoomRules(dc.z);

export { NOTE_TEXT, labelLine };
export const NOTE_FONT = `16px ${FONT_STACK}`;
const CASE_FONT = `20px ${FONT_STACK}`;
const CASE_LABEL_FONT = `600 ${CASE_TEXT.labelSize}px ${FONT_STACK}`;
const TITLE_FONT = `600 26px ${FONT_STACK}`;
const TITLE = SECTION_TITLE;
const BADGE_FONT = `${VOTE_BADGE.fontWeight} ${VOTE_BADGE.fontSize}px ${FONT_STACK}`;

export const labelFont = (size: number) => `${size}px ${FONT_STACK}`;

/** Section titles grow when zoomed out so that an overview still names every section (zoomRules). */
export function titleScale(z: number): number {
  return zoomRules(z).titleScale;
}

/** The height of a section's title strip, where it can be grabbed, renamed and read. */
export function titleStripHeight(z: number): number {
  return TITLE.strip * titleScale(z);
}

/** Wrapped lines of `text`, cached on the item while `text`, `w` and `h` (the cache key) stay the same. */
export function layoutOf(
  ctx: CanvasRenderingContext2D, item: SceneItem, text: string, w: number, h: number,
  font: string, maxWidth: number, maxLines: number,
): string[] {
  const cached: TextLayout | undefined = item.layout;
  if (cached && cached.text === text && cached.w === w && cached.h === h) return cached.lines;
  const lines = wrapLines(text, maxWidth, maxLines, measurer(ctx, font));
  item.layout = { text, w, h, lines };
  return lines;
}

export function noteLines(ctx: CanvasRenderingContext2D, item: SceneItem, note: NoteView): string[] {
  const maxLines = noteMaxLines(note.h);
  return layoutOf(ctx, item, note.text, note.w, note.h, NOTE_FONT, note.w - 2 * NOTE_TEXT.padX, maxLines);
}

/** A note with its text, shadow and votes: the full level of detail. */
export function drawNote(dc: DrawContext, item: SceneItem, note: NoteView): void {
  const { ctx, z } = dc;
  ctx.fillStyle = CANVAS.shadow;
  ctx.beginPath();
  ctx.roundRect(note.x, note.y + 2, note.w, note.h, NOTE_TEXT.radius);
  ctx.fill();
  ctx.fillStyle = NOTE_FILL[note.color];
  ctx.beginPath();
  ctx.roundRect(note.x, note.y, note.w, note.h, NOTE_TEXT.radius);
  ctx.fill();
  ctx.strokeStyle = 'rgba(0,0,0,0.10)';
  ctx.lineWidth = 1 / z;
  ctx.stroke();
  if (dc.editingId !== note.id && note.text) {
    const lines = noteLines(ctx, item, note);
    ctx.fillStyle = CANVAS.text;
    ctx.font = NOTE_FONT;
    ctx.textBaseline = 'top';
    for (let i = 0; i < lines.length; i++) {
      ctx.fillText(lines[i]!, note.x + NOTE_TEXT.padX, note.y + NOTE_TEXT.padTop + i * NOTE_TEXT.line + 3);
    }
  }
  drawVotes(dc, note.id, note.x + note.w, note.y);
}

/** The vote count as a badge on the item's top-right corner; a ring when some are mine. */
export function drawVotes(dc: DrawContext, id: string, right: number, top: number): void {
  const badge = voteBadge(dc.scene.votes(id), right, top);
  if (!badge) return;
  const { ctx } = dc;
  const { cx, cy, r } = badge;
  // Zoomed out, the badge is drawn larger around the same centre, so that its count stays readable.
  const k = rulesOf(dc).badgeScale;
  if (k !== 1) {
    ctx.save();
    ctx.translate(cx, cy);
    ctx.scale(k, k);
    ctx.translate(-cx, -cy);
  }
  ctx.fillStyle = CANVAS.vote;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  if (dc.scene.myVotes(id) > 0) {
    ctx.strokeStyle = VOTE_BADGE.text;
    ctx.lineWidth = VOTE_BADGE.ringWidth;
    ctx.beginPath();
    ctx.arc(cx, cy, r - VOTE_BADGE.ringInset, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.fillStyle = VOTE_BADGE.text;
  ctx.font = BADGE_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(badge.label, cx, cy + 1);
  ctx.textAlign = 'start';
  if (k !== 1) ctx.restore();
}

export function drawLabel(dc: DrawContext, item: SceneItem, label: TextView, detailed: boolean): void {
  const { ctx, z } = dc;
  if (!label.text || dc.editingId === label.id) {
    if (dc.editingId === label.id) return;
    ctx.strokeStyle = CANVAS.grid;
    ctx.lineWidth = 1 / z;
    ctx.setLineDash([4 / z, 4 / z]);
    ctx.strokeRect(label.x, label.y, label.w, label.h);
    ctx.setLineDash([]);
    return;
  }
  const line = labelLine(label.fontSize);
  const maxLines = Math.max(1, Math.floor(label.h / line));
  if (!detailed || label.fontSize * z < 4) {
    ctx.fillStyle = INK[label.color];
    ctx.globalAlpha = 0.35;
    ctx.fillRect(label.x, label.y + line * 0.25, Math.min(label.w, label.text.length * label.fontSize * 0.5), line * 0.5);
    ctx.globalAlpha = 1;
    return;
  }
  const font = labelFont(label.fontSize);
  const lines = layoutOf(ctx, item, label.text, label.w, label.h, font, label.w, maxLines);
  ctx.fillStyle = INK[label.color];
  ctx.font = font;
  ctx.textBaseline = 'top';
  for (let i = 0; i < lines.length; i++) ctx.fillText(lines[i]!, label.x, label.y + i * line + (line - label.fontSize) / 2);
  drawVotes(dc, label.id, label.x + label.w + 30, label.y - 18);
}

export function drawShape(dc: DrawContext, shape: ShapeView): void {
  const { ctx, z } = dc;
  ctx.beginPath();
  if (shape.shape === 'ellipse') ctx.ellipse(shape.x + shape.w / 2, shape.y + shape.h / 2, shape.w / 2, shape.h / 2, 0, 0, Math.PI * 2);
  else ctx.roundRect(shape.x, shape.y, shape.w, shape.h, SHAPE_RADIUS);
  const fill = SHAPE_FILL[shape.fill];
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  ctx.strokeStyle = CANVAS.shapeEdge;
  ctx.lineWidth = Math.max(2, 1 / z);
  ctx.stroke();
  drawVotes(dc, shape.id, shape.x + shape.w, shape.y);
}

export function drawStroke(dc: DrawContext, item: SceneItem, stroke: StrokeView): void {
  const { ctx } = dc;
  if (!item.path) item.path = strokePath(stroke.points, stroke.width);
  ctx.fillStyle = INK[stroke.color];
  ctx.translate(stroke.x, stroke.y);
  ctx.fill(item.path);
  ctx.translate(-stroke.x, -stroke.y);
}

export function drawSection(dc: DrawContext, item: SceneItem, section: SectionView): void {
  const { ctx, z } = dc;
  ctx.fillStyle = CANVAS.sectionFill;
  ctx.beginPath();
  ctx.roundRect(section.x, section.y, section.w, section.h, SECTION_TITLE.radius);
  ctx.fill();
  ctx.strokeStyle = CANVAS.sectionEdge;
  ctx.lineWidth = Math.max(1.5, 1 / z);
  ctx.stroke();
  if (dc.editingId === section.id) return;
  const rules = rulesOf(dc);
  // Zoomed out, the number of notes follows the title (room for it is kept first).
  const count = rules.sectionCounts ? dc.scene.noteCounts().get(section.id) ?? 0 : null;
  const countWidth = count === null ? 0 : sectionCountWidth(ctx, count);
  const room = section.w - 2 * TITLE.padX;
  // A grown title shrinks (not below titleMinScale) before it is cut.
  const natural = section.title ? measurer(ctx, TITLE_FONT).measure(section.title) : 0;
  const s = Math.min(rules.titleScale, Math.max(rules.titleMinScale, room / (natural + countWidth)));
  const maxWidth = room / s - countWidth;
  const [title = ''] = section.title && maxWidth > 0 ? layoutOf(ctx, item, section.title, maxWidth, s, TITLE_FONT, maxWidth, 1) : [];
  ctx.save();
  ctx.translate(section.x + TITLE.padX, section.y + TITLE.padTop);
  ctx.scale(s, s);
  ctx.fillStyle = CANVAS.text;
  ctx.font = TITLE_FONT;
  ctx.textBaseline = 'top';
  ctx.fillText(title, 0, 0);
  if (count !== null) drawSectionCount(ctx, count, title ? ctx.measureText(title).width : -12);
  ctx.restore();
}

export function drawCaseCard(dc: DrawContext, item: SceneItem, card: CaseCardView, detailed: boolean): void {
  const { ctx, z } = dc;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(card.x, card.y, card.w, card.h, CASE_TEXT.radius);
  ctx.fill();
  ctx.strokeStyle = CANVAS.caseBorder;
  ctx.lineWidth = Math.max(2, 1 / z);
  ctx.stroke();
  // An accent bar along the left edge marks the facilitator's case (a full accent border
  // would look like a selection).
  ctx.fillStyle = CANVAS.caseEdge;
  ctx.beginPath();
  ctx.roundRect(card.x, card.y, CASE_TEXT.accent, card.h, [CASE_TEXT.radius, 0, 0, CASE_TEXT.radius]);
  ctx.fill();
  if (!detailed) return;
  // Zoomed out, label and text are laid out in a card `s` times smaller and drawn `s` times
  // larger: fewer words, each readable.
  const s = rulesOf(dc).caseScale;
  const w = card.w / s;
  const h = card.h / s;
  ctx.save();
  ctx.translate(card.x, card.y);
  ctx.scale(s, s);
  ctx.fillStyle = CANVAS.caseEdge;
  ctx.font = CASE_LABEL_FONT;
  ctx.textBaseline = 'top';
  ctx.fillText(dc.caseLabel.toUpperCase(), CASE_TEXT.padX, CASE_TEXT.labelTop);
  if (dc.editingId !== card.id && card.text) {
    const lines = layoutOf(ctx, item, card.text, w, h, CASE_FONT, w - 2 * CASE_TEXT.padX, caseMaxLines(h));
    ctx.fillStyle = CANVAS.text;
    ctx.font = CASE_FONT;
    for (let i = 0; i < lines.length; i++) ctx.fillText(lines[i]!, CASE_TEXT.padX, CASE_TEXT.top + i * CASE_TEXT.line);
  }
  ctx.restore();
}

/** A straight arrow with a filled head at `end` (shared/render/arrow.ts). */
export function drawArrowLine(ctx: CanvasRenderingContext2D, z: number, start: Point, end: Point, color: string): void {
  const shape = arrowShape(start, end);
  if (!shape) return;
  const [tip, left, right] = shape.head;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = Math.max(ARROW.width, 1.2 / z);
  ctx.beginPath();
  ctx.moveTo(start.x, start.y);
  ctx.lineTo(shape.shaftEnd.x, shape.shaftEnd.y);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(left.x, left.y);
  ctx.lineTo(right.x, right.y);
  ctx.closePath();
  ctx.fill();
}

/** Note text metrics for the editor overlay, so editing looks like the drawn note. */
export const EDITOR_METRICS = {
  note: { font: NOTE_TEXT.size, line: NOTE_TEXT.line, padX: NOTE_TEXT.padX, padTop: NOTE_TEXT.padTop },
  case: { font: CASE_TEXT.size, line: CASE_TEXT.line, padX: CASE_TEXT.padX, padTop: CASE_TEXT.top - 3 },
  title: { font: TITLE.size, padX: TITLE.padX, padTop: TITLE.padTop },
} as const;
