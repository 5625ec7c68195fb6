/**
 * Where a caret at `pos` in `prev` belongs in `next`, when someone else changed the text.
 * The changed stretch is found as in setNoteText (common prefix and suffix); a caret before it
 * stays, one after it shifts by the change in length, one inside it goes to the end of the
 * new stretch. Without this the caret jumps to the end whenever a group mate types.
 */
export function mapCaret(prev: string, next: string, pos: number): number {
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  if (pos <= start) return pos;
  if (pos >= endPrev) return pos + (endNext - endPrev);
  return endNext;
}
