/**
 * Presence colours. Each keeps at least 3:1 contrast with the canvas background (outlines and
 * pointers stay visible) and 4.5:1 with white (the initials and name tags on them).
 */
export const PRESENCE_PALETTE = [
  '#1d4ed8', '#b91c1c', '#047857', '#7e22ce', '#b45309', '#0e7490', '#be185d', '#4338ca',
  '#15803d', '#9f1239', '#1e40af', '#6d28d9',
] as const;

/** The colour shown while a peer's state carries no id (an older client). */
export const FALLBACK_COLOR = '#52525b';

/** A small, stable hash (FNV-1a) of a string, for a person's preferred colour. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The colour a stable id prefers when nobody else on the board has it. */
export function preferredColor(id: string): string {
  return PRESENCE_PALETTE[hash(id) % PRESENCE_PALETTE.length]!;
}

/**
 * Colours for the people present on one board: each id starts from its preferred colour and,
 * when someone earlier in sorted id order holds it, takes the next free one. Everyone computes
 * the same result from the same set of ids, so all screens agree; colours repeat only once the
 * palette is used up. The same person keeps the same colour as long as nobody collides with it.
 */
export function assignColors(ids: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  const taken = new Set<number>();
  const result = new Map<string, string>();
  const n = PRESENCE_PALETTE.length;
  for (const id of sorted) {
    const start = hash(id) % n;
    let index = start;
    if (taken.size < n) {
      while (taken.has(index)) index = (index + 1) % n;
    }
    taken.add(index);
    result.set(id, PRESENCE_PALETTE[index]!);
  }
  return result;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
