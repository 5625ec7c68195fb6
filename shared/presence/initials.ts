/**
 * The initials on an avatar: the first letter of the first and of the last word, letters only
 * (Unicode \p{L}), so brackets, digits and punctuation never show: "Dirk (toetsenbord)" → "DT".
 * "Berg, Els" is read in writing order ("BE"); tussenvoegsels such as "van der" are skipped
 * when a capitalised word follows them, so "van der Berg, Els" → "BE".
 */
export function initials(name: string): string {
  const words = name.normalize('NFC').match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length === 0) return '';
  // A leading run of lower-case words (Dutch particles) is not the person's name proper.
  const firstCapital = words.findIndex((w) => w[0] !== w[0]!.toLowerCase());
  const meaningful = firstCapital > 0 && words.slice(0, firstCapital).every(isParticle) ? words.slice(firstCapital) : words;
  const first = firstLetter(meaningful[0]!);
  const last = meaningful.length > 1 ? firstLetter(meaningful[meaningful.length - 1]!) : '';
  return (first + last).toLocaleUpperCase();
}

const PARTICLES = new Set(['van', 'der', 'den', 'de', 'het', 'ter', 'ten', 'te', 'in', "'t", 'op', 'von', 'zu', 'la', 'le', 'du', 'di', 'da']);
const isParticle = (w: string) => PARTICLES.has(w.toLowerCase());

/** The first letter as the reader sees it (a letter plus its combining marks). */
function firstLetter(word: string): string {
  return word.match(/^\p{L}\p{M}*/u)?.[0] ?? '';
}
