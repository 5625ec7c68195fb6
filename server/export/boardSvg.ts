import type { BoardSnapshot, Point, Rect } from '../../shared/board/views.ts';
import { arrowShape } from '../../shared/render/arrow.ts';
import {
  ARROW, CASE_TEXT, EXPORT_PAGE, NOTE_TEXT, SECTION_TITLE, SHAPE_RADIUS, caseMaxLines, labelLine, noteMaxLines,
} from '../../shared/render/itemLayout.ts';
import { CANVAS, FONT_STACK, INK, NOTE_FILL, SHAPE_FILL } from '../../shared/render/palette.ts';
import { fmt, strokePathData } from '../../shared/render/strokeOutline.ts';
import { wrapLines } from '../../shared/render/textWrap.ts';
import { VOTE_BADGE, voteBadge } from '../../shared/render/voteBadge.ts';
import { boardBounds } from './boardBounds.ts';
import { drawOrder, type Drawable } from './boardItems.ts';
import { cleanText, escapeXml } from './text.ts';
import { estimateWidth } from './wrap.ts';

/*
 * A board as a standalone SVG, drawn from `readBoard` alone (pure, no DOM) with the canvas's
 * own render description (shared/render: palette, item layout, stroke outline, text wrapping,
 * vote badge, arrow): sections, the case card, shapes, notes, labels, freehand strokes, arrows,
 * back to front, each item's dot votes, and a band naming the workshop and the group. All user
 * text is escaped; the file holds no script, link or external reference, so it is safe to open
 * and to draw into a canvas (the organiser page turns it into a PNG that way). Units are the
 * board's own (1 unit = 1 CSS pixel at 100 %).
 */

/** `<text>` with one `<tspan>` per line, wrapped as the canvas wraps, at most `maxLines`. */
function textBlock(text: string, x: number, top: number, width: number, maxLines: number, size: number, line: number, attrs: string): string {
  const lines = wrapLines(cleanText(text).trim(), Math.max(size, width), maxLines, { measure: estimateWidth(size) });
  if (lines.length === 0 || lines.every((l) => !l)) return '';
  const spans = lines.map((l, i) =>
    `<tspan x="${fmt(x)}" ${i === 0 ? `y="${fmt(top + (line + size * 0.7) / 2)}"` : `dy="${fmt(line)}"`}>${escapeXml(l)}</tspan>`);
  return `<text font-size="${fmt(size)}" ${attrs}>${spans.join('')}</text>`;
}

const rectAttrs = (r: Rect) => `x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.w)}" height="${fmt(r.h)}"`;
const points = (list: readonly Point[]) => list.map((p) => `${fmt(p.x)},${fmt(p.y)}`).join(' ');

/** The vote badge of an item whose top-right corner is (right, top), as on the canvas. */
function votes(board: BoardSnapshot, id: string, right: number, top: number): string {
  const badge = voteBadge(board.votes[id] ?? 0, right, top);
  if (!badge) return '';
  return `<g class="votes" aria-label="${badge.label}"><circle cx="${fmt(badge.cx)}" cy="${fmt(badge.cy)}" r="${badge.r}" fill="${CANVAS.vote}"/>`
    + `<text x="${fmt(badge.cx)}" y="${fmt(badge.cy + VOTE_BADGE.fontSize * 0.35 + 1)}" font-size="${VOTE_BADGE.fontSize}" font-weight="${VOTE_BADGE.fontWeight}" `
    + `fill="${VOTE_BADGE.text}" text-anchor="middle">${badge.label}</text></g>`;
}

function drawItem(board: BoardSnapshot, d: Drawable, caseLabel: string): string {
  switch (d.kind) {
    case 'case': {
      const c = d.item;
      return `<g class="case"><rect ${rectAttrs(c)} rx="${CASE_TEXT.radius}" fill="#ffffff" stroke="${CANVAS.caseBorder}" stroke-width="2"/>`
        + `<rect x="${fmt(c.x)}" y="${fmt(c.y)}" width="${CASE_TEXT.accent}" height="${fmt(c.h)}" fill="${CANVAS.caseEdge}"/>`
        + `<text x="${fmt(c.x + CASE_TEXT.padX)}" y="${fmt(c.y + CASE_TEXT.labelTop + CASE_TEXT.labelSize * 0.85)}" font-size="${CASE_TEXT.labelSize}" font-weight="600" fill="${CANVAS.caseEdge}">${escapeXml(caseLabel)}</text>`
        + textBlock(c.text, c.x + CASE_TEXT.padX, c.y + CASE_TEXT.top, c.w - 2 * CASE_TEXT.padX, caseMaxLines(c.h), CASE_TEXT.size, CASE_TEXT.line, `fill="${CANVAS.text}"`)
        + '</g>';
    }
    case 'shape': {
      const s = d.item;
      const paint = `fill="${SHAPE_FILL[s.fill] ?? 'none'}" stroke="${CANVAS.shapeEdge}" stroke-width="2"`;
      const body = s.shape === 'ellipse'
        ? `<ellipse class="shape" cx="${fmt(s.x + s.w / 2)}" cy="${fmt(s.y + s.h / 2)}" rx="${fmt(s.w / 2)}" ry="${fmt(s.h / 2)}" ${paint}/>`
        : `<rect class="shape" ${rectAttrs(s)} rx="${SHAPE_RADIUS}" ${paint}/>`;
      return body + votes(board, s.id, s.x + s.w, s.y);
    }
    case 'note': {
      const n = d.item;
      return `<g class="note"><rect ${rectAttrs(n)} rx="${NOTE_TEXT.radius}" fill="${NOTE_FILL[n.color]}" stroke="#000000" stroke-opacity="0.1"/>`
        + textBlock(n.text, n.x + NOTE_TEXT.padX, n.y + NOTE_TEXT.padTop, n.w - 2 * NOTE_TEXT.padX, noteMaxLines(n.h), NOTE_TEXT.size, NOTE_TEXT.line, `fill="${CANVAS.text}"`)
        + votes(board, n.id, n.x + n.w, n.y)
        + '</g>';
    }
    case 'text': {
      const t = d.item;
      const line = labelLine(t.fontSize);
      // A label's box grows with its text on the board, so its text is never cut off here.
      return textBlock(t.text, t.x, t.y, t.w, Infinity, t.fontSize, line, `class="label" fill="${INK[t.color]}"`)
        + votes(board, t.id, t.x + t.w + 30, t.y - 18);
    }
    case 'stroke': {
      const s = d.item;
      return `<path class="stroke" transform="translate(${fmt(s.x)} ${fmt(s.y)})" d="${strokePathData(s.points, s.width)}" fill="${INK[s.color]}"/>`;
    }
    case 'arrow': {
      const a = d.item;
      const shape = arrowShape(a.start, a.end);
      if (!shape) return '';
      return `<g class="arrow" stroke="${INK[a.color]}" fill="${INK[a.color]}" stroke-width="${ARROW.width}" stroke-linecap="round">`
        + `<line x1="${fmt(a.start.x)}" y1="${fmt(a.start.y)}" x2="${fmt(shape.shaftEnd.x)}" y2="${fmt(shape.shaftEnd.y)}"/>`
        + `<polygon points="${points(shape.head)}" stroke="none"/></g>`;
    }
  }
}

export interface BoardSvgOptions {
  /** Accessible name of the drawing (e.g. the group's name and the workshop's title). */
  title: string;
  /** The band above the board: the workshop's title and the group's name. */
  heading?: { workshop: string; group: string };
  /** The word on the case card, in the export's language. */
  caseLabel?: string;
}

/** The board as SVG text. */
export function boardSvg(board: BoardSnapshot, { title, heading, caseLabel = 'CASUS' }: BoardSvgOptions): string {
  const b = boardBounds(board);
  const band = heading ? EXPORT_PAGE.titleBand : 0;
  const view = { x: b.x, y: b.y - band, w: b.w, h: b.h + band };
  const sections = board.sections.map((s) => `<g class="section"><rect ${rectAttrs(s)} rx="${SECTION_TITLE.radius}" fill="${CANVAS.sectionFill}" stroke="${CANVAS.sectionEdge}" stroke-width="1.5"/>`
    + textBlock(s.title, s.x + SECTION_TITLE.padX, s.y + SECTION_TITLE.padTop - 4, s.w - 2 * SECTION_TITLE.padX, 1, SECTION_TITLE.size, SECTION_TITLE.size * 1.3, `font-weight="600" fill="${CANVAS.text}"`)
    + '</g>');
  const items = drawOrder(board).map((d) => drawItem(board, d, caseLabel));
  const headingSvg = heading
    ? `<g class="heading"><text x="${fmt(b.x + EXPORT_PAGE.margin)}" y="${fmt(view.y + 30)}" font-size="${EXPORT_PAGE.titleSize}" font-weight="700" fill="${CANVAS.text}">${escapeXml(cleanText(heading.group))}</text>`
      + `<text x="${fmt(b.x + EXPORT_PAGE.margin)}" y="${fmt(view.y + 52)}" font-size="${EXPORT_PAGE.subtitleSize}" fill="${CANVAS.muted}">${escapeXml(cleanText(heading.workshop))}</text></g>`
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(view.w)}" height="${fmt(view.h)}" viewBox="${fmt(view.x)} ${fmt(view.y)} ${fmt(view.w)} ${fmt(view.h)}" `
      + `font-family="${escapeXml(FONT_STACK)}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect class="background" ${rectAttrs(view)} fill="${EXPORT_PAGE.background}"/>`,
    headingSvg,
    ...sections,
    ...items,
    '</svg>',
    '',
  ].filter(Boolean).join('\n');
}
