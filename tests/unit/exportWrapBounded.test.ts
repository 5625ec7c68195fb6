import { describe, expect, it } from 'vitest';
import { clampLines, estimateWidth, wrapText, type Measure } from '../../server/export/wrap.ts';

/*
 * wrapText stops after `maxLines` + 1 lines and finds each cut by doubling before it bisects
 * (issue 8, finding 7: wrapping every 2,000-letter word in full made one PDF take 20 s). The
 * lines it keeps must be exactly those of the plain algorithm, which is written out here as
 * it was before, letter for letter.
 */

function reference(text: string, maxWidth: number, measure: Measure): string[] {
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
      let rest = word;
      while (rest && measure(rest) > maxWidth) {
        let lo = 0;
        let hi = rest.length;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (measure(rest.slice(0, mid)) <= maxWidth) lo = mid;
          else hi = mid - 1;
        }
        let cut = Math.max(1, lo);
        if (cut < rest.length && /[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut = Math.max(1, cut - 1);
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** A seeded text of words, long unbroken runs, line breaks and emoji. */
function text(seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const parts: string[] = [];
  const length = Math.floor(next() * 2000);
  while (parts.join('').length < length) {
    const r = next();
    if (r < 0.05) parts.push('\n');
    else if (r < 0.1) parts.push('😀'.repeat(1 + Math.floor(next() * 40)));
    else if (r < 0.2) parts.push(' ', 'm'.repeat(1 + Math.floor(next() * 600)));
    else parts.push(' ', 'woonoverlast ĳs WIJK'.slice(0, 1 + Math.floor(next() * 20)));
  }
  return parts.join('').slice(0, length);
}

describe('bounded wrapping', () => {
  it('keeps exactly the lines of the full wrap, for 120 seeded texts, widths and line counts', () => {
    const measure = estimateWidth(16);
    for (let seed = 1; seed <= 120; seed++) {
      const t = text(seed);
      const width = 20 + (seed % 7) * 40;
      const maxLines = seed % 9;
      const full = reference(t, width, measure);
      const bounded = wrapText(t, width, measure, maxLines);
      expect(bounded, `seed ${seed}`).toEqual(full.slice(0, Math.min(full.length, maxLines + 1)));
      expect(clampLines(bounded, maxLines, width, measure), `seed ${seed}`).toEqual(clampLines(full, maxLines, width, measure));
      expect(wrapText(t, width, measure), `seed ${seed}`).toEqual(full);
    }
  });
});
