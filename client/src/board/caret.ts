import * as Y from 'yjs';
import { mergeComposition, type TextDelta } from './composeMerge.ts';

/*
 * Keeping a person's caret where they are typing while someone else types in the same text.
 * A field bound to a Y.Text keeps its selection as Yjs relative positions: each end is tied to
 * the character before it (assoc -1), so a group mate's insert before the caret pushes it on,
 * one after it leaves it, and one right at it goes after it (the caret stays at the end of what
 * this person typed, so their next letter joins their own word, not the other's).
 * One mechanism for every field on a Y.Text: the canvas editor (ItemEditor) and, through
 * useSharedText, the list view's note field and the action-point title and body. A diff of
 * the old and new text (mapCaret) cannot tell which of two equal words is new, and put the
 * caret into the other person's word.
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

/** The events of a transaction on `text`, if it changed. (Yjs types the map by AbstractType<YEvent<any>>, which Y.Text's narrower event type does not satisfy.) */
const eventsOf = (tr: Y.Transaction, text: Y.Text) => tr.changedParentTypes.get(text as unknown as Y.AbstractType<Y.YEvent<Y.Text>>);

/** A caret keeper over one field (`keepCaret`). */
export interface KeptCaret {
  /** Shows the document's text (or `next` when there is no Y.Text) in the field, keeping the caret on its characters. */
  sync(next: string): void;
  /** True while a composition has remote changes held back: the field must not write its value now. */
  readonly holding: boolean;
  compositionStart(): void;
  /**
   * Ends a composition. When remote changes were held back, returns the merged text and
   * caret, already shown in the field, for the caller to write to the document as a keystroke.
   */
  compositionEnd(): { value: string; caret: number } | null;
  /** Unhooks the document. */
  stop(): void;
}

/**
 * Keeps `field`'s caret across changes of the Y.Text it shows (`textOf`, looked up each time:
 * the item may be replaced). Before every transaction on the document the selection is
 * anchored, while the field still shows the text as it is; after it (or when the caller calls
 * `sync` sooner) the new text is written into the field and the selection put back where its
 * anchors are. `focused` says whether the field has a caret to keep.
 * During a composition (IME, dead keys) the field is never rewritten: a remote change is held
 * and merged when it ends (composeMerge.ts).
 */
export function keepCaret(doc: Y.Doc, field: CaretField, textOf: () => Y.Text | null, focused: () => boolean): KeptCaret {
  let anchor: CaretAnchor | null = null;
  /** Whether the field showed the document's text when the transaction began, and its value then. */
  let inStep = false;
  let shown = '';
  let composing = false;
  let held: { text: Y.Text; base: string; deltas: TextDelta[] } | null = null;
  /** The Y.Text shown last: a new one (the item replaced) is shown even if unchanged itself. */
  let shownText: Y.Text | null = null;

  const before = () => {
    anchor = null;
    inStep = false;
    shown = field.value;
    // A field without focus has no caret to anchor nor a composition to hold (and an outline
    // holds many fields: each would read its text on every stroke of a drawing).
    if (!focused()) return;
    const text = textOf();
    // Only while the field shows the document's text: during this person's own edit it is
    // ahead of it, and that edit puts the caret where the browser left it.
    inStep = text !== null && field.value === text.toString();
    if (!text || !inStep || composing) return;
    const { selectionStart, selectionEnd } = field;
    if (selectionStart === null || selectionEnd === null) return;
    anchor = anchorCaret(text, { start: selectionStart, end: selectionEnd });
  };
  const after = (tr: Y.Transaction) => {
    const text = textOf();
    if (!text) return;
    const changed = text !== shownText || eventsOf(tr, text) !== undefined;
    shownText = text;
    if (!composing) {
      if (changed) show(text.toString());
      return;
    }
    // A change that found the field in step is someone else's (this person's own edit finds
    // the field ahead); from then on every change is, since the field writes nothing.
    const event = eventsOf(tr, text)?.find((e) => e.target === text);
    if (!event || !(held || inStep)) return;
    held ??= { text, base: shown, deltas: [] };
    held.deltas.push(event.delta as TextDelta);
  };
  const show = (next: string) => {
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
  };
  doc.on('beforeTransaction', before);
  doc.on('afterTransaction', after);
  return {
    sync(next) {
      if (composing) return;
      show(textOf()?.toString() ?? next);
    },
    get holding() {
      return held !== null;
    },
    compositionStart() {
      composing = true;
      held = null;
    },
    compositionEnd() {
      composing = false;
      const h = held;
      held = null;
      const text = textOf();
      if (!text) return null;
      // Nothing held, or the text itself was replaced meanwhile: show the document's text.
      const merged = h && h.text === text
        ? mergeComposition(h.base, field.value, field.selectionEnd ?? field.value.length, h.deltas, text.toString())
        : null;
      if (!merged) {
        show(text.toString());
        return null;
      }
      field.value = merged.value;
      if (focused()) field.setSelectionRange(merged.caret, merged.caret);
      return merged;
    },
    stop() {
      doc.off('beforeTransaction', before);
      doc.off('afterTransaction', after);
    },
  };
}

/**
 * For a field bound to a plain string (no Y.Text to anchor in), and keepCaret's last resort
 * when a change came while the field was not in step: where a caret at `pos` in
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
