/**
 * Dashes and minus signs that people type for one another: hyphen-minus, hyphen, non-breaking
 * hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small and full-width
 * hyphen-minus.
 */
const DASHES = /[\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;

/**
 * The form of a title that two people typing it would agree on: Unicode NFKC (so the "ĳ"
 * ligature is "ij", a full-width letter an ordinary one, a non-breaking space a space), every
 * dash folded to "-", runs of white space to one space, trimmed, lower case.
 */
export function titleKey(title: string): string {
  return title.normalize('NFKC').replace(DASHES, '-').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nl');
}

/**
 * Whether a typed title confirms `expected` (the delete confirmation): the same after
 * `titleKey`, so that "-" confirms "–" and "IJ" confirms "Ĳ".
 */
export function sameTitle(typed: string, expected: string): boolean {
  return titleKey(typed) === titleKey(expected);
}
