/*
 * Greedy word wrapping of board text, for the canvas and every export: the same words end up on
 * the same lines on screen and on paper, given the same measure.
 */

/** The width of a piece of text in the font being wrapped. */
export interface TextMeasure {
  measure(text: string): number;
}

/**
 * Splits `text` into lines of at most `maxWidth`, breaking at spaces (and inside a word that
 * is wider than a line), keeping the author's line breaks. At most `maxLines` lines; when the
 * text does not fit, the last line ends in an ellipsis.
 */
export function wrapLines(text: string, maxWidth: number, maxLines: number, m: TextMeasure): string[] {
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
