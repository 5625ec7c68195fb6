import type { BoardSnapshot, Rect } from '../../shared/board/views.ts';
import { boardBounds } from './boardBounds.ts';
import { arrowHead, drawOrder, type Drawable } from './boardItems.ts';
import { BOARD_STYLE as S, INK, NOTE_FILL, SHAPE_FILL } from './boardStyle.ts';
import { fmt, strokePath } from './strokePath.ts';
import { cleanText, escapeXml } from './text.ts';
import { clampLines, estimateWidth, wrapText } from './wrap.ts';

/*
 * A board as a standalone SVG, drawn from `readBoard` alone (pure, no DOM): sections, the
 * case card, shapes, notes, text labels, freehand strokes and arrows, back to front. All
 * user text is escaped; the file holds no script, link or external reference, so it is safe
 * to open and to draw into a canvas (the organiser page turns it into a PNG that way).
 * Width and height are the board's own units (1 unit = 1 CSS pixel at 100 %).
 */

/** `<text>` with one `<tspan>` per line, wrapped to `width` and cut to `height`. */
function textBlock(text: string, x: number, y: number, width: number, height: number, fontSize: number, attrs: string): string {
  const measure = estimateWidth(fontSize);
  const lineHeight = fontSize * S.lineHeight;
  const maxLines = Math.max(0, Math.floor(height / lineHeight));
  const lines = clampLines(wrapText(cleanText(text).trim(), Math.max(fontSize, width), measure, maxLines), maxLines, width, measure);
  if (lines.length === 0 || lines.every((l) => !l)) return '';
  const spans = lines.map((line, i) =>
    `<tspan x="${fmt(x)}" ${i === 0 ? `y="${fmt(y + fontSize)}"` : `dy="${fmt(lineHeight)}"`}>${escapeXml(line)}</tspan>`);
  return `<text font-size="${fmt(fontSize)}" ${attrs}>${spans.join('')}</text>`;
}

const rectAttrs = (r: Rect) => `x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.w)}" height="${fmt(r.h)}"`;

function drawItem(d: Drawable): string {
  switch (d.kind) {
    case 'case': {
      const c = d.item;
      const p = 20;
      return `<g class="case"><rect ${rectAttrs(c)} rx="12" fill="${S.caseFill}" stroke="${S.caseBorder}" stroke-width="3"/>`
        + `<text x="${fmt(c.x + p)}" y="${fmt(c.y + p + S.caseLabelSize)}" font-size="${S.caseLabelSize}" font-weight="700" fill="${S.caseBorder}" letter-spacing="1">CASUS</text>`
        + textBlock(c.text, c.x + p, c.y + p + S.caseLabelSize * 2, c.w - 2 * p, c.h - 2 * p - S.caseLabelSize * 2, S.caseFontSize, `fill="${S.noteText}"`)
        + '</g>';
    }
    case 'shape': {
      const s = d.item;
      const fill = SHAPE_FILL[s.fill] ?? 'none';
      const paint = `fill="${fill}" stroke="${S.shapeBorder}" stroke-width="2"`;
      return s.shape === 'ellipse'
        ? `<ellipse class="shape" cx="${fmt(s.x + s.w / 2)}" cy="${fmt(s.y + s.h / 2)}" rx="${fmt(s.w / 2)}" ry="${fmt(s.h / 2)}" ${paint}/>`
        : `<rect class="shape" ${rectAttrs(s)} rx="4" ${paint}/>`;
    }
    case 'note': {
      const n = d.item;
      const p = S.notePadding;
      return `<g class="note"><rect ${rectAttrs(n)} rx="6" fill="${NOTE_FILL[n.color]}" stroke="${S.noteBorder}"/>`
        + textBlock(n.text, n.x + p, n.y + p, n.w - 2 * p, n.h - 2 * p, S.noteFontSize, `fill="${S.noteText}"`)
        + '</g>';
    }
    case 'text': {
      const t = d.item;
      // A label's box grows with its text on the board, so its text is never cut off here.
      return textBlock(t.text, t.x, t.y, t.w, Infinity, t.fontSize, `class="label" fill="${INK[t.color]}"`);
    }
    case 'stroke': {
      const s = d.item;
      return `<path class="stroke" transform="translate(${fmt(s.x)} ${fmt(s.y)})" d="${strokePath(s.points)}" fill="none" `
        + `stroke="${INK[s.color]}" stroke-width="${fmt(s.width)}" stroke-linecap="round" stroke-linejoin="round"/>`;
    }
    case 'arrow': {
      const a = d.item;
      const [l, r] = arrowHead(a.start, a.end, 16);
      return `<g class="arrow" stroke="${INK[a.color]}" stroke-width="${S.arrowWidth}" stroke-linecap="round">`
        + `<line x1="${fmt(a.start.x)}" y1="${fmt(a.start.y)}" x2="${fmt(a.end.x)}" y2="${fmt(a.end.y)}"/>`
        + `<path d="M${fmt(l.x)} ${fmt(l.y)} L${fmt(a.end.x)} ${fmt(a.end.y)} L${fmt(r.x)} ${fmt(r.y)}" fill="none" stroke-linejoin="round"/></g>`;
    }
  }
}

export interface BoardSvgOptions {
  /** Accessible name of the drawing (e.g. the group's name). */
  title: string;
}

/** The board as SVG text. */
export function boardSvg(board: BoardSnapshot, { title }: BoardSvgOptions): string {
  const b = boardBounds(board);
  const sections = board.sections.map((s) => `<g class="section"><rect ${rectAttrs(s)} rx="10" fill="${S.sectionFill}" stroke="${S.sectionBorder}" stroke-width="2"/>`
    + textBlock(s.title, s.x + 16, s.y + 12, s.w - 32, S.sectionTitleSize * S.lineHeight, S.sectionTitleSize, `font-weight="700" fill="${S.noteText}"`)
    + '</g>');
  const items = drawOrder(board).map(drawItem);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(b.w)}" height="${fmt(b.h)}" viewBox="${fmt(b.x)} ${fmt(b.y)} ${fmt(b.w)} ${fmt(b.h)}" `
      + `font-family="${escapeXml(S.fontFamily)}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect class="background" ${rectAttrs(b)} fill="${S.background}"/>`,
    ...sections,
    ...items,
    '</svg>',
    '',
  ].join('\n');
}
