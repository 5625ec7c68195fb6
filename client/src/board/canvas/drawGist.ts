import type { NoteView } from '../../../../shared/board/schema.ts';
import { NOTE_TEXT } from '../../../../shared/render/itemLayout.ts';
import { CANVAS, NOTE_EDGE, NOTE_FILL } from '../../../../shared/render/palette.ts';
import { VOTE_BADGE } from '../../../../shared/render/voteBadge.ts';
import type { SceneItem } from './BoardScene.ts';
import { NOTE_FONT, drawVotes, type DrawContext } from './drawItems.ts';
import { firstWords, measurer } from './textLayout.ts';

/**
 * A note from a distance (semantic zoom, zoomRules `gist`): its colour with an edge, and its
 * first words at `font` board units, a size that stays readable on screen; what does not fit
 * ends in "…". Laid out in the 16 px note font and drawn scaled, so that the measured word
 * widths stay cached (one font) while the zoom changes.
 */
export function drawNoteGist(dc: DrawContext, item: SceneItem, note: NoteView, font: number, badgeScale: number): void {
  const { ctx, z } = dc;
  ctx.fillStyle = NOTE_FILL[note.color];
  ctx.beginPath();
  ctx.roundRect(note.x, note.y, note.w, note.h, NOTE_TEXT.radius);
  ctx.fill();
  ctx.strokeStyle = NOTE_EDGE[note.color];
  ctx.lineWidth = 1 / z;
  ctx.stroke();
  if (dc.editingId !== note.id && note.text) {
    const s = font / NOTE_TEXT.size;
    const line = NOTE_TEXT.line * s;
    const maxLines = Math.max(1, Math.floor((note.h - NOTE_TEXT.padTop - NOTE_TEXT.padBottom) / line));
    // A (grown) vote badge covers the top-right corner: keep the lines clear of it.
    const badge = dc.scene.votes(note.id) > 0 ? Math.max(0, VOTE_BADGE.radius * badgeScale + 2 - NOTE_TEXT.padX) : 0;
    const maxWidth = Math.round((note.w - 2 * NOTE_TEXT.padX - badge) / s);
    const lines = gistOf(ctx, item, note.text, maxWidth, maxLines);
    ctx.save();
    ctx.translate(note.x + NOTE_TEXT.padX, note.y + NOTE_TEXT.padTop);
    ctx.scale(s, s);
    ctx.fillStyle = CANVAS.text;
    ctx.font = NOTE_FONT;
    ctx.textBaseline = 'top';
    for (let i = 0; i < lines.length; i++) ctx.fillText(lines[i]!, 0, i * NOTE_TEXT.line + 3);
    ctx.restore();
  }
  drawVotes(dc, note.id, note.x + note.w, note.y);
}

/** firstWords, cached on the item under the key (width, -lines): never the full layout's key (w, h). */
function gistOf(ctx: CanvasRenderingContext2D, item: SceneItem, text: string, maxWidth: number, maxLines: number): string[] {
  const cached = item.layout;
  if (cached && cached.text === text && cached.w === maxWidth && cached.h === -maxLines) return cached.lines;
  const lines = firstWords(text, maxWidth, maxLines, measurer(ctx, NOTE_FONT));
  item.layout = { text, w: maxWidth, h: -maxLines, lines };
  return lines;
}
