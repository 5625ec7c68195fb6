/**
 * Where a WAI-ARIA menu's focus goes for a key: Down and Up wrap around, Home and End go to
 * the ends; undefined for any other key. Shared by every menu of the board (the list view's
 * "Verplaats naar…" and the canvas item menu).
 */
export function menuItemFor(key: string, active: number, count: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown': return active >= last ? 0 : active + 1;
    case 'ArrowUp': return active <= 0 ? last : active - 1;
    case 'Home': return 0;
    case 'End': return last;
    default: return undefined;
  }
}
