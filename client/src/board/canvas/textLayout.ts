/**
 * Greedy word wrapping for canvas text. Word widths are cached per font: a board redraws the
 * same words again and again, and measureText is the slow part of laying out text.
 */

const MAX_CACHED_WORDS = 20_000;
const widths = new Map<string, Map<string, number>>();

export interface Measurer {
  font: string;
  measure(text: string): number;
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
 * Splits `text` into lines of at most `maxWidth`, breaking at spaces (and inside a word that
 * is wider than a line), keeping the author's line breaks. At most `maxLines` lines; when the
 * text does not fit, the last line ends in an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, m: Measurer): string[] {
  const lines: string[] = [];
  let full = false;
  const push = (line: string): boolean => {
    if (lines.length >= maxLines) {
      full = true;
      return false;
    }
    lines.push(line);
    return true;
  };
  const space = m.measure(' ');
  paragraphs: for (const paragraph of text.split('\n')) {
    let line: string | null = null;
    let width = 0;
    for (const word of paragraph.split(' ')) {
      const w = m.measure(word);
      if (line !== null && width + space + w <= maxWidth) {
        line += ` ${word}`;
        width += space + w;
        continue;
      }
      if (line !== null && !push(line)) break paragraphs;
      if (w <= maxWidth) {
        line = word;
        width = w;
        continue;
      }
      // A word wider than the line (a long link): break it between characters.
      let part = '';
      for (const ch of word) {
        if (part && m.measure(part + ch) > maxWidth) {
          if (!push(part)) break paragraphs;
          part = '';
        }
        part += ch;
      }
      line = part;
      width = m.measure(part);
    }
    if (!push(line ?? '')) break;
  }
  if (full && lines.length > 0) {
    const last = lines.length - 1;
    let s = lines[last]!;
    while (s && m.measure(`${s}…`) > maxWidth) s = s.slice(0, -1);
    lines[last] = `${s}…`;
  }
  return lines;
}
