/*
 * Line breaking for the board drawings (SVG has no text wrapping; the PDF draws lines one by
 * one). Pure: the caller passes how wide a piece of text is, an estimate for SVG and the real
 * font metrics for the PDF.
 */

export type Measure = (text: string) => number;

/**
 * Breaks `text` into lines no wider than `maxWidth`: at spaces where it can, inside a word
 * where it must (a 300-character URL still fits the note). Line breaks in the text are kept.
 * Stops once it has more than `maxLines` lines: a note shows five or six lines of its 2,000
 * characters, and wrapping all of them for thousands of notes took the PDF 20 s.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (lines.length > maxLines) return lines;
      let rest = word;
      for (let fit = fitPrefix(rest, maxWidth, measure); fit < rest.length; fit = fitPrefix(rest, maxWidth, measure)) {
        let cut = Math.max(1, fit);
        // Never split a surrogate pair (an emoji) in two.
        if (cut < rest.length && /[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut = Math.max(1, cut - 1);
        lines.push(rest.slice(0, cut));
        if (lines.length > maxLines) return lines;
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
    if (lines.length > maxLines) return lines;
  }
  return lines;
}

/**
 * How many leading characters of `text` fit in `maxWidth`: doubling, then a binary search
 * between the last two probes, so that the cost follows the line's length and not the
 * text's (a 2,000-letter word is cut into a hundred lines).
 */
function fitPrefix(text: string, maxWidth: number, measure: Measure): number {
  let lo = 0;
  let probe = 8;
  while (probe < text.length && measure(text.slice(0, probe)) <= maxWidth) {
    lo = probe;
    probe *= 2;
  }
  let hi = Math.min(probe, text.length);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid)) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** At most `maxLines` lines; when some are cut off, the last one kept ends in an ellipsis. */
export function clampLines(lines: string[], maxLines: number, maxWidth: number, measure: Measure): string[] {
  if (lines.length <= maxLines) return lines;
  if (maxLines <= 0) return [];
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** An estimate of a sans-serif text's width: good enough to wrap inside a note. */
export function estimateWidth(fontSize: number): Measure {
  return (text) => {
    let units = 0;
    for (const ch of text) {
      // Erring wide: a line that wraps early looks fine, one that runs past the note does not.
      if (ch === ' ' || /[iljtf.,:;'’|!()[\]]/.test(ch)) units += 0.32;
      else if (/[mwMW@]/.test(ch)) units += 0.9;
      else if (/[A-Z0-9]/.test(ch)) units += 0.7;
      else if (ch.codePointAt(0)! > 0x2e80) units += 1;
      else units += 0.58;
    }
    return units * fontSize;
  };
}
