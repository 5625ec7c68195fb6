import { LineCapStyle, rgb, type PDFPage, type RGB } from 'pdf-lib';
import type { BoardSnapshot, Rect } from '../../shared/board/views.ts';
import { boardBounds } from './boardBounds.ts';
import { arrowHead, drawOrder, type Drawable } from './boardItems.ts';
import { BOARD_STYLE as S, INK, NOTE_FILL, SHAPE_FILL, rgbOf } from './boardStyle.ts';
import type { PdfFonts } from './pdfFonts.ts';
import { strokePath } from './strokePath.ts';
import { cleanText } from './text.ts';
import { clampLines, wrapText } from './wrap.ts';

/** Text drawn smaller than this (in points) is left out: unreadable, and slow on huge boards. */
const MIN_TEXT_PT = 2.5;

const colour = (hex: string): RGB => rgb(...rgbOf(hex));

/**
 * Draws a board into `area` of a PDF page, scaled to fit (never enlarged): the same items,
 * order and colours as the SVG (boardSvg.ts), with pdf-lib's rectangles, ellipses, lines,
 * text and, for freehand strokes, drawSvgPath over the same smoothed path.
 */
export function drawBoard(page: PDFPage, board: BoardSnapshot, area: Rect, fonts: PdfFonts): void {
  const b = boardBounds(board);
  const s = Math.min(area.w / b.w, area.h / b.h, 1);
  const left = area.x + (area.w - b.w * s) / 2;
  const top = area.y + area.h;
  const X = (x: number) => left + (x - b.x) * s;
  const Y = (y: number) => top - (y - b.y) * s;
  /** A board rectangle in page coordinates (PDF's y grows upwards). */
  const box = (r: Rect) => ({ x: X(r.x), y: Y(r.y + r.h), width: r.w * s, height: r.h * s });

  const text = (value: string, r: Rect, fontSize: number, options: { bold?: boolean; color?: string; clip?: boolean } = {}) => {
    const size = fontSize * s;
    if (size < MIN_TEXT_PT || r.w <= 0) return;
    const bold = options.bold ?? false;
    const measure = (t: string) => fonts.width(t, fontSize, bold);
    const lineHeight = fontSize * S.lineHeight;
    const maxLines = options.clip === false ? Infinity : Math.floor(r.h / lineHeight);
    const lines = clampLines(wrapText(fonts.safe(cleanText(value).trim()), Math.max(fontSize, r.w), measure, maxLines), maxLines, r.w, measure);
    // The page's own font is the regular one (set below); naming a font in drawText adds an
    // entry to the page's font dictionary on every call, and pdf-lib scans that dictionary for
    // each new entry: with thousands of notes, that alone took 8 s.
    const font = bold ? { font: fonts.bold } : {};
    lines.forEach((line, i) => {
      if (line) page.drawText(line, { x: X(r.x), y: Y(r.y + fontSize + i * lineHeight), size, ...font, color: colour(options.color ?? S.noteText) });
    });
  };

  page.setFont(fonts.regular);

  page.drawRectangle({ ...box(b), color: colour(S.background), borderColor: colour(S.noteBorder), borderWidth: 0.5 });
  for (const section of board.sections) {
    page.drawRectangle({ ...box(section), color: colour(S.sectionFill), borderColor: colour(S.sectionBorder), borderWidth: 2 * s });
    text(section.title, { x: section.x + 16, y: section.y + 12, w: section.w - 32, h: S.sectionTitleSize * S.lineHeight }, S.sectionTitleSize, { bold: true });
  }
  for (const d of drawOrder(board)) drawItem(d);

  function drawItem(d: Drawable): void {
    switch (d.kind) {
      case 'case': {
        const c = d.item;
        const p = 20;
        page.drawRectangle({ ...box(c), color: colour(S.caseFill), borderColor: colour(S.caseBorder), borderWidth: 3 * s });
        text('CASUS', { x: c.x + p, y: c.y + p, w: c.w - 2 * p, h: S.caseLabelSize * 2 }, S.caseLabelSize, { bold: true, color: S.caseBorder });
        text(c.text, { x: c.x + p, y: c.y + p + S.caseLabelSize * 2, w: c.w - 2 * p, h: c.h - 2 * p - S.caseLabelSize * 2 }, S.caseFontSize);
        return;
      }
      case 'shape': {
        const sh = d.item;
        const fill = SHAPE_FILL[sh.fill];
        const paint = { borderColor: colour(S.shapeBorder), borderWidth: 2 * s, ...(fill ? { color: colour(fill) } : {}) };
        if (sh.shape === 'ellipse') {
          page.drawEllipse({ x: X(sh.x + sh.w / 2), y: Y(sh.y + sh.h / 2), xScale: (sh.w / 2) * s, yScale: (sh.h / 2) * s, ...paint });
        } else {
          page.drawRectangle({ ...box(sh), ...paint });
        }
        return;
      }
      case 'note': {
        const n = d.item;
        const p = S.notePadding;
        page.drawRectangle({ ...box(n), color: colour(NOTE_FILL[n.color]), borderColor: colour(S.noteBorder), borderWidth: s });
        text(n.text, { x: n.x + p, y: n.y + p, w: n.w - 2 * p, h: n.h - 2 * p }, S.noteFontSize);
        return;
      }
      case 'text': {
        const t = d.item;
        text(t.text, t, t.fontSize, { color: INK[t.color], clip: false });
        return;
      }
      case 'stroke': {
        const st = d.item;
        page.drawSvgPath(strokePath(st.points), {
          x: X(st.x), y: Y(st.y), scale: s, borderColor: colour(INK[st.color]), borderWidth: st.width, borderLineCap: LineCapStyle.Round,
        });
        return;
      }
      case 'arrow': {
        const a = d.item;
        const color = colour(INK[a.color]);
        const thickness = S.arrowWidth * s;
        const end = { x: X(a.end.x), y: Y(a.end.y) };
        page.drawLine({ start: { x: X(a.start.x), y: Y(a.start.y) }, end, thickness, color, lineCap: LineCapStyle.Round });
        for (const side of arrowHead(a.start, a.end, 16)) {
          page.drawLine({ start: { x: X(side.x), y: Y(side.y) }, end, thickness, color, lineCap: LineCapStyle.Round });
        }
      }
    }
  }
}
