import {
  LineCapStyle, clip, endPath, popGraphicsState, pushGraphicsState, rectangle, rgb, type PDFPage, type RGB,
} from 'pdf-lib';
import { boundsOf } from '../../shared/board/geometry.ts';
import type { BoardSnapshot, Rect } from '../../shared/board/views.ts';
import { arrowShape } from '../../shared/render/arrow.ts';
import {
  ARROW, CASE_TEXT, EXPORT_PAGE, NOTE_TEXT, SECTION_TITLE, caseMaxLines, labelLine, noteMaxLines,
} from '../../shared/render/itemLayout.ts';
import { CANVAS, INK, NOTE_FILL, SHAPE_FILL, rgbOf } from '../../shared/render/palette.ts';
import { strokePathData } from '../../shared/render/strokeOutline.ts';
import { wrapLines } from '../../shared/render/textWrap.ts';
import { VOTE_BADGE, voteBadge } from '../../shared/render/voteBadge.ts';
import { boardBounds } from './boardBounds.ts';
import { drawOrder, type Drawable } from './boardItems.ts';
import type { PdfFonts } from './pdfFonts.ts';
import { cleanText } from './text.ts';

/** Text drawn smaller than this (in points) is left out: unreadable, and slow on huge boards. */
const MIN_TEXT_PT = 2.5;

const colour = (hex: string): RGB => rgb(...rgbOf(hex));
const spanOf = (a: { x: number; y: number }, c: { x: number; y: number }): Rect =>
  ({ x: Math.min(a.x, c.x), y: Math.min(a.y, c.y), w: Math.abs(a.x - c.x), h: Math.abs(a.y - c.y) });

/**
 * Draws a board into `area` of a PDF page, scaled to fit (never enlarged): the same items,
 * order, colours, text wrapping, stroke outlines and vote badges as the canvas and the SVG
 * (shared/render), with pdf-lib's rectangles, ellipses, lines, text and drawSvgPath. With
 * `view`, only that part of the board is drawn (a tile of a big board: see boardTiles.ts),
 * clipped to the area, and items wholly outside it are skipped.
 */
export function drawBoard(
  page: PDFPage, board: BoardSnapshot, area: Rect, fonts: PdfFonts, { caseLabel = 'CASUS', view }: { caseLabel?: string; view?: Rect } = {},
): void {
  // A tile fills the whole area: its view grows to the area's proportions (the next tile overlaps a little).
  const aspect = area.w / area.h;
  const b = !view ? boardBounds(board)
    : view.w / view.h < aspect ? { ...view, w: view.h * aspect } : { ...view, h: view.w / aspect };
  const s = Math.min(area.w / b.w, area.h / b.h, 1);
  const left = area.x + (area.w - b.w * s) / 2;
  const top = area.y + area.h;
  const X = (x: number) => left + (x - b.x) * s;
  const Y = (y: number) => top - (y - b.y) * s;
  /** A board rectangle in page coordinates (PDF's y grows upwards). */
  const box = (r: Rect) => ({ x: X(r.x), y: Y(r.y + r.h), width: r.w * s, height: r.h * s });

  /** Text wrapped as the canvas wraps it, `line` apart, from the top of `r`, at most `maxLines`. */
  const text = (value: string, r: Rect, fontSize: number, line: number, maxLines: number, options: { bold?: boolean; color?: string } = {}) => {
    const size = fontSize * s;
    if (size < MIN_TEXT_PT || r.w <= 0) return;
    const bold = options.bold ?? false;
    const measure = (t: string) => fonts.width(t, fontSize, bold);
    const lines = wrapLines(fonts.safe(cleanText(value).trim()), Math.max(fontSize, r.w), maxLines, { measure });
    // The page's own font is the regular one (set below); naming a font in drawText adds an
    // entry to the page's font dictionary on every call, and pdf-lib scans that dictionary for
    // each new entry: with thousands of notes, that alone took 8 s.
    const font = bold ? { font: fonts.bold } : {};
    lines.forEach((l, i) => {
      const baseline = r.y + i * line + (line + fontSize * 0.7) / 2;
      if (l) page.drawText(l, { x: X(r.x), y: Y(baseline), size, ...font, color: colour(options.color ?? CANVAS.text) });
    });
  };
  const votes = (id: string, right: number, top: number) => {
    const badge = voteBadge(board.votes[id] ?? 0, right, top);
    if (!badge) return;
    page.drawCircle({ x: X(badge.cx), y: Y(badge.cy), size: badge.r * s, color: colour(CANVAS.vote) });
    const size = VOTE_BADGE.fontSize * s;
    if (size < MIN_TEXT_PT) return;
    const w = fonts.width(badge.label, VOTE_BADGE.fontSize, true) * s;
    page.drawText(badge.label, { x: X(badge.cx) - w / 2, y: Y(badge.cy) - size * 0.35, size, font: fonts.bold, color: colour(VOTE_BADGE.text) });
  };

  page.setFont(fonts.regular);
  if (view) {
    page.pushOperators(pushGraphicsState(), rectangle(area.x, area.y, area.w, area.h), clip(), endPath());
  }
  const visible = (r: Rect | null) => !view || !r || (r.x < b.x + b.w && r.x + r.w > b.x && r.y < b.y + b.h && r.y + r.h > b.y);

  page.drawRectangle({ ...box(b), color: colour(EXPORT_PAGE.background), borderColor: colour(CANVAS.grid), borderWidth: 0.5 });
  for (const section of board.sections) {
    if (!visible(section)) continue;
    page.drawRectangle({ ...box(section), color: colour(EXPORT_PAGE.background), borderColor: colour(CANVAS.sectionEdge), borderWidth: 1.5 * s });
    text(section.title, { x: section.x + SECTION_TITLE.padX, y: section.y + SECTION_TITLE.padTop - 4, w: section.w - 2 * SECTION_TITLE.padX, h: 0 }, SECTION_TITLE.size, SECTION_TITLE.size * 1.3, 1, { bold: true });
  }
  for (const d of drawOrder(board)) {
    if (d.kind === 'arrow' ? visible(spanOf(d.item.start, d.item.end)) : visible(boundsOf(d.item))) drawItem(d);
  }
  if (view) page.pushOperators(popGraphicsState());

  function drawItem(d: Drawable): void {
    switch (d.kind) {
      case 'case': {
        const c = d.item;
        page.drawRectangle({ ...box(c), color: colour('#ffffff'), borderColor: colour(CANVAS.caseBorder), borderWidth: 2 * s });
        page.drawRectangle({ ...box({ x: c.x, y: c.y, w: CASE_TEXT.accent, h: c.h }), color: colour(CANVAS.caseEdge) });
        text(caseLabel, { x: c.x + CASE_TEXT.padX, y: c.y + CASE_TEXT.labelTop - 4, w: c.w - 2 * CASE_TEXT.padX, h: 0 }, CASE_TEXT.labelSize, CASE_TEXT.labelSize * 1.3, 1, { bold: true, color: CANVAS.caseEdge });
        text(c.text, { x: c.x + CASE_TEXT.padX, y: c.y + CASE_TEXT.top, w: c.w - 2 * CASE_TEXT.padX, h: 0 }, CASE_TEXT.size, CASE_TEXT.line, caseMaxLines(c.h));
        return;
      }
      case 'shape': {
        const sh = d.item;
        const fill = SHAPE_FILL[sh.fill];
        const paint = { borderColor: colour(CANVAS.shapeEdge), borderWidth: 2 * s, ...(fill ? { color: colour(fill) } : {}) };
        if (sh.shape === 'ellipse') {
          page.drawEllipse({ x: X(sh.x + sh.w / 2), y: Y(sh.y + sh.h / 2), xScale: (sh.w / 2) * s, yScale: (sh.h / 2) * s, ...paint });
        } else {
          page.drawRectangle({ ...box(sh), ...paint });
        }
        votes(sh.id, sh.x + sh.w, sh.y);
        return;
      }
      case 'note': {
        const n = d.item;
        page.drawRectangle({ ...box(n), color: colour(NOTE_FILL[n.color]), borderColor: colour(CANVAS.grid), borderWidth: 0.5 * s });
        text(n.text, { x: n.x + NOTE_TEXT.padX, y: n.y + NOTE_TEXT.padTop, w: n.w - 2 * NOTE_TEXT.padX, h: 0 }, NOTE_TEXT.size, NOTE_TEXT.line, noteMaxLines(n.h));
        votes(n.id, n.x + n.w, n.y);
        return;
      }
      case 'text': {
        const t = d.item;
        text(t.text, t, t.fontSize, labelLine(t.fontSize), Infinity, { color: INK[t.color] });
        votes(t.id, t.x + t.w + 30, t.y - 18);
        return;
      }
      case 'stroke': {
        const st = d.item;
        const path = strokePathData(st.points, st.width);
        if (path) page.drawSvgPath(path, { x: X(st.x), y: Y(st.y), scale: s, color: colour(INK[st.color]) });
        return;
      }
      case 'arrow': {
        const a = d.item;
        const shape = arrowShape(a.start, a.end);
        if (!shape) return;
        const color = colour(INK[a.color]);
        page.drawLine({
          start: { x: X(a.start.x), y: Y(a.start.y) }, end: { x: X(shape.shaftEnd.x), y: Y(shape.shaftEnd.y) },
          thickness: ARROW.width * s, color, lineCap: LineCapStyle.Round,
        });
        const [tip, left, right] = shape.head;
        // drawSvgPath flips y itself: the head is given in board units relative to the tip.
        page.drawSvgPath(`M0 0 L${left.x - tip.x} ${left.y - tip.y} L${right.x - tip.x} ${right.y - tip.y} Z`, { x: X(tip.x), y: Y(tip.y), scale: s, color });
      }
    }
  }
}
