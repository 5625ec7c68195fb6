import { useLayoutEffect, useRef, type RefObject } from 'react';
import type * as Y from 'yjs';
import { useLatest } from '../hooks/useLatest.ts';
import { keepCaret, mapCaret, type KeptCaret } from './caret.ts';

/** Where a field's shared text lives: its document, and the Y.Text in it (looked up each time, it may be replaced or not exist yet). */
export interface TextSource {
  doc: Y.Doc;
  text: () => Y.Text | null;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Binds an uncontrolled text field to shared text, as the canvas editor is bound (caret.ts):
 * a group mate's change is written into the field at once, the caret kept on Yjs relative
 * positions, and never during a composition. `value` is what the document holds, as rendered:
 * it only fills the field while there is no Y.Text (a plain string value, or an action point
 * not created yet), where the caret can only be guessed by a diff. `write` gets every edit of
 * this person with the caret after it (so the model places the change at the caret).
 * Spread `handlers` on the field; call `input` from its input event.
 */
export function useSharedText<E extends Field>(
  ref: RefObject<E | null>, source: TextSource | undefined, value: string, write: (value: string, caret: number) => void,
) {
  const keeper = useRef<KeptCaret | null>(null);
  const composing = useRef(false);
  const textOf = useLatest(source?.text);
  const writeRef = useLatest(write);
  const doc = source?.doc;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !doc) return;
    const k = keepCaret(doc, el, () => textOf.current?.() ?? null, () => document.activeElement === el);
    keeper.current = k;
    return () => {
      k.stop();
      keeper.current = null;
    };
  }, [doc, ref, textOf]);

  /** A plain string value: shown by hand, the caret guessed by a diff (there is nothing to anchor it in). */
  const showPlain = (next: string) => {
    const el = ref.current;
    if (!el || el.value === next || composing.current || (keeper.current && textOf.current?.())) return;
    const prev = el.value;
    const { selectionStart, selectionEnd } = el;
    el.value = next;
    if (document.activeElement === el && selectionStart !== null && selectionEnd !== null) {
      el.setSelectionRange(mapCaret(prev, next, selectionStart), mapCaret(prev, next, selectionEnd));
    }
  };
  useLayoutEffect(() => showPlain(value));

  return {
    /** The field's input event: writes its value, unless a composition holds remote changes back. */
    input(el: E): void {
      if (keeper.current?.holding) return;
      writeRef.current(el.value, el.selectionEnd ?? el.value.length);
    },
    handlers: {
      onCompositionStart: () => {
        composing.current = true;
        keeper.current?.compositionStart();
      },
      onCompositionEnd: () => {
        composing.current = false;
        // A plain string field wrote every composing keystroke itself; the next render shows
        // the document's value (the one rendered now may be older than the field).
        const merged = keeper.current?.compositionEnd();
        if (merged) writeRef.current(merged.value, merged.caret);
      },
    },
  };
}
