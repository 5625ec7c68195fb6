import * as Y from 'yjs';

/*
 * Keeping a person's caret where they are typing while someone else types in the same text.
 * A field bound to a Y.Text keeps its selection as Yjs relative positions: each end is tied to
 * the character before it (assoc -1), so a group mate's insert before the caret pushes it on,
 * one after it leaves it, and one right at it goes after it (the caret stays at the end of what
 * this person typed, so their next letter joins their own word, not the other's).
 */

export interface Selection {
  start: number;
  end: number;
}

export interface CaretAnchor {
  text: Y.Text;
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

/** Ties a selection in `text` (as it is now) to the characters before each end. */
export function anchorCaret(text: Y.Text, sel: Selection): CaretAnchor {
  return {
    text,
    start: Y.createRelativePositionFromTypeIndex(text, sel.start, -1),
    end: Y.createRelativePositionFromTypeIndex(text, sel.end, -1),
  };
}

/** Where an anchored selection is now, or null when its text is gone from the document. */
export function restoreCaret(anchor: CaretAnchor): Selection | null {
  const doc = anchor.text.doc;
  if (!doc) return null;
  const start = Y.createAbsolutePositionFromRelativePosition(anchor.start, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(anchor.end, doc);
  if (!start || !end || start.type !== anchor.text || end.type !== anchor.text) return null;
  return { start: start.index, end: Math.max(start.index, end.index) };
}

/** The part of a text field that caret keeping needs (an HTMLTextAreaElement or input). */
export interface CaretField {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
  setSelectionRange(start: number, end: number): void;
}

/**
 * Keeps `field`'s caret across changes of the Y.Text it shows (`textOf`, looked up each time:
 * the item may be replaced). Before every transaction on the document the selection is
 * anchored, while the field still shows the text as it is; `sync` then writes the new text into
 * the field and puts the selection back where its anchors are. `focused` says whether the
 * field has a caret to keep. Returns `sync` and a `stop` that unhooks the document.
 */
export function keepCaret(doc: Y.Doc, field: CaretField, textOf: () => Y.Text | null, focused: () => boolean) {
  let anchor: CaretAnchor | null = null;
  const before = () => {
    anchor = null;
    const text = textOf();
    // Only while the field shows the document's text: during this person's own edit it is
    // ahead of it, and that edit puts the caret where the browser left it.
    if (!text || !focused() || field.value !== text.toString()) return;
    const { selectionStart, selectionEnd } = field;
    if (selectionStart === null || selectionEnd === null) return;
    anchor = anchorCaret(text, { start: selectionStart, end: selectionEnd });
  };
  doc.on('beforeTransaction', before);
  return {
    /** Shows `next` (the text now) in the field, keeping the caret on its characters. */
    sync(next: string): void {
      if (field.value === next) return;
      const had = focused() ? anchor : null;
      const prev = field.value;
      const { selectionStart, selectionEnd } = field;
      field.value = next;
      if (!focused()) return;
      // Without an anchor (the field was not in step when the change came), guess by the diff.
      const sel = (had ? restoreCaret(had) : null)
        ?? { start: mapCaret(prev, next, selectionStart ?? prev.length), end: mapCaret(prev, next, selectionEnd ?? prev.length) };
      field.setSelectionRange(Math.min(sel.start, next.length), Math.min(sel.end, next.length));
    },
    stop(): void {
      doc.off('beforeTransaction', before);
    },
  };
}

/**
 * For a field bound to a plain string (no Y.Text to anchor in): where a caret at `pos` in
 * `prev` belongs in `next`. The changed stretch is found by common prefix and suffix; a caret
 * before it stays, one after it shifts by the change in length, one inside it goes to the end
 * of the new stretch. Guesswork next to equal characters: fields on a Y.Text use keepCaret.
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
