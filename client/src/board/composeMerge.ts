import { textChange } from '../../../shared/board/textEdit.ts';

/*
 * Merging an IME composition (or a dead key) with what group mates typed meanwhile. While a
 * composition is on, the field's value must not be rewritten (the browser would cancel or
 * commit half of it), so a remote change is held back and the field's own edits are not
 * written either (they would be a diff against the text before the remote change and undo it).
 * When the composition ends, this person's change since the hold is moved through the held
 * remote changes (their Y.Text deltas) and laid into the text as it is now.
 */

/** A Y.Text change event's delta: plain text here, so inserts are strings. */
export type TextDelta = ReadonlyArray<{ insert?: unknown; retain?: number; delete?: number }>;

/**
 * Where index `pos` of the text before `delta` is after it. An insert exactly at `pos` stays
 * after it (as a caret anchored to the character before it does, caret.ts); a deleted stretch
 * around `pos` leaves it at the stretch's place.
 */
export function mapIndex(pos: number, delta: TextDelta): number {
  let at = 0;
  let out = pos;
  for (const op of delta) {
    if (at > pos) break;
    if (op.retain !== undefined) at += op.retain;
    else if (op.delete !== undefined) {
      out -= Math.max(0, Math.min(op.delete, pos - at));
      at += op.delete;
    } else if (op.insert !== undefined && at < pos) {
      out += typeof op.insert === 'string' ? op.insert.length : 1;
    }
  }
  return out;
}

/**
 * The text with this person's edit (`base` → `typed`, the caret at `caret` in `typed`) laid
 * into `current`, the text after the `held` remote deltas were applied to `base`; and where
 * the caret goes (after what this person typed). Null when this person changed nothing.
 */
export function mergeComposition(base: string, typed: string, caret: number, held: TextDelta[], current: string): { value: string; caret: number } | null {
  const change = textChange(base, typed, caret);
  if (!change) return null;
  let start = change.start;
  let end = change.end;
  for (const delta of held) {
    start = mapIndex(start, delta);
    end = mapIndex(end, delta);
  }
  end = Math.max(start, Math.min(end, current.length));
  start = Math.min(start, current.length);
  const value = current.slice(0, start) + change.insert + current.slice(end);
  return { value, caret: start + change.insert.length };
}
