import type { TextMeasure } from '../../../../shared/render/textWrap.ts';

/**
 * Measuring canvas text for wrapping (shared/render/textWrap.ts). Word widths are cached per font: a board redraws the
 * same words again and again, and measureText is the slow part of laying out text.
 */

const MAX_CACHED_WORDS = 20_000;
const widths = new Map<string, Map<string, number>>();

export interface Measurer extends TextMeasure {
  font: string;
}

/** A measurer for one font on a 2D context (sets ctx.font). */
export function measurer(ctx: CanvasRenderingContext2D, font: string): Measurer {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  const words = cache;
  return {
    font,
    measure(text: string): number {
      let w = words.get(text);
      if (w === undefined) {
        if (ctx.font !== font) ctx.font = font;
        w = ctx.measureText(text).width;
        if (words.size > MAX_CACHED_WORDS) words.clear();
        words.set(text, w);
      }
      return w;
    },
  };
}

/**
 * The first words of `text` on at most `maxLines` lines of `maxWidth`, for a note seen from a
 * distance: line breaks become spaces, and where the text no longer fits (more words than
 * lines, or a word wider than a line) the last line ends in "…". Unlike wrapLines, a long word
 * is cut once with "…" rather than broken over two lines: "Buurtbemidd…" reads, "Buurtbe /
 * middel…" does not.
 */
export function firstWords(text: string, maxWidth: number, maxLines: number, m: TextMeasure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line ? `${line} ${word}` : word;
    if (m.measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) {
      if (lines.length === maxLines - 1) return [...lines, ellipsis(line, maxWidth, m)];
      lines.push(line);
    }
    // The word starts a line of its own, cut when it is wider than one.
    if (m.measure(word) > maxWidth) return [...lines, ellipsis(word, maxWidth, m)];
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `s` shortened until `s…` fits `maxWidth` (at least its first character). */
function ellipsis(s: string, maxWidth: number, m: TextMeasure): string {
  let cut = s;
  while (cut.length > 1 && m.measure(`${cut}…`) > maxWidth) cut = [...cut].slice(0, -1).join('');
  return `${cut.trimEnd()}…`;
}
