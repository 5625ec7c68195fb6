/*
 * How wide a text prints in Calibri (and in Carlito, its metric twin that LibreOffice uses),
 * so that a table's columns can be made wide enough for the words in them. Word and
 * LibreOffice break a word that does not fit its cell in the middle ("Woningcorporati/e"), so
 * a column must be at least as wide as its longest word. Advance widths in thousandths of an
 * em, close to the font's own (checked by rendering the covenant with LibreOffice and Carlito);
 * SAFETY covers the difference, and a character not listed counts as wide, erring on the safe
 * side.
 */

const WIDTHS: Record<string, number> = {
  ' ': 226, a: 479, b: 525, c: 423, d: 525, e: 498, f: 305, g: 471, h: 525, i: 229, j: 239, k: 455, l: 229,
  m: 799, n: 525, o: 527, p: 525, q: 525, r: 349, s: 391, t: 335, u: 525, v: 452, w: 715, x: 433, y: 453, z: 395,
  A: 579, B: 544, C: 533, D: 615, E: 488, F: 459, G: 631, H: 623, I: 252, J: 319, K: 520, L: 420, M: 855,
  N: 646, O: 662, P: 517, Q: 673, R: 543, S: 459, T: 487, U: 642, V: 567, W: 890, X: 519, Y: 487, Z: 468,
  '.': 252, ',': 250, ':': 268, ';': 268, '-': 306, '–': 498, '(': 303, ')': 303, '/': 386, "'": 221, '’': 250,
  '&': 682, '0': 507, '1': 507, '2': 507, '3': 507, '4': 507, '5': 507, '6': 507, '7': 507, '8': 507, '9': 507,
};
/** A character without a listed width: about as wide as a capital. */
const UNKNOWN = 650;
/** Calibri Bold is a few percent wider than the regular face. */
const BOLD_FACTOR = 1.06;
/** Room for a rendering that differs a little from these metrics (kerning off, another renderer). */
const SAFETY = 1.08;

function charWidth(ch: string): number {
  // An accented letter is as wide as its base letter ("ë" as "e").
  return WIDTHS[ch] ?? WIDTHS[ch.normalize('NFD').charAt(0)] ?? UNKNOWN;
}

/** Width of `text` in twips (1/20 pt) at `sizePt`. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return Math.ceil((units / 1000) * sizePt * 20 * (bold ? BOLD_FACTOR : 1) * SAFETY);
}

/** Width of the widest word of `text` (split at white space and after hyphens), in twips. */
export function longestWordTwips(text: string, sizePt: number, bold = false): number {
  const words = text.split(/\s+|(?<=-)/).filter(Boolean);
  return words.reduce((max, w) => Math.max(max, textWidthTwips(w, sizePt, bold)), 0);
}
