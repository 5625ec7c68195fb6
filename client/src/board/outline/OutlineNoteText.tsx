import { useLayoutEffect, useRef } from 'react';
import { Limits } from '../../../../shared/limits.ts';
import { mapCaret } from '../caret.ts';

/**
 * A note's text in the outline: a labelled textarea, uncontrolled: the document is the source
 * of truth, and a remote edit is written in by hand so the caret of the person typing stays
 * put (a controlled value would jump it to the end). `data-board-undo` lets ctrl+Z here undo through the board's history.
 */
export function OutlineNoteText({ id, text, label, hidden, onText }: {
  id: string; text: string; label: string; hidden?: string; onText: (text: string) => void;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = field.current;
    if (!el || el.value === text) return;
    const prev = el.value;
    const focused = document.activeElement === el;
    const { selectionStart, selectionEnd } = el;
    el.value = text;
    if (focused) el.setSelectionRange(mapCaret(prev, text, selectionStart), mapCaret(prev, text, selectionEnd));
  }, [text]);
  return (
    <div className="outline-note__field">
      <label htmlFor={id} className="outline-note__field-label">
        {label}{hidden && <span className="visually-hidden"> {hidden}</span>}
      </label>
      <textarea
        ref={field} id={id} className="input outline-note__textarea" defaultValue={text} rows={2}
        maxLength={Limits.noteTextLength} spellCheck data-board-undo
        onInput={(e) => onText(e.currentTarget.value)}
      />
    </div>
  );
}
