/*
 * Small Dutch wording helpers for the covenant's generated sentences. Dutch writes the numbers
 * up to twenty in words in running text; a count of one takes the singular noun and verb.
 */

const WORDS = [
  'nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
  'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig',
] as const;

/** 1 → "één", 12 → "twaalf", 21 → "21". */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** "één groep", "drie groepen". */
export function count(n: number, singular: string, plural: string): string {
  return `${numberWord(n)} ${n === 1 ? singular : plural}`;
}

/** Singular or plural form for `n`. */
export function form(n: number, singular: string, plural: string): string {
  return n === 1 ? singular : plural;
}

/** ["a"] → "a"; ["a", "b", "c"] → "a, b en c". */
export function joinNl(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** "artikel 2" or "de artikelen 2 tot en met 5" ('' when `from` > `to`). */
export function articleRange(from: number, to: number): string {
  if (from > to) return '';
  return from === to ? `artikel ${from}` : `de artikelen ${from} tot en met ${to}`;
}
