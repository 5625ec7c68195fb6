import { useRef } from 'react';
import { Limits } from '../../../../shared/limits.ts';
import { useSharedText, type TextSource } from '../useSharedText.ts';

/**
 * A note's text in the outline: a labelled textarea, uncontrolled and bound to the note's
 * Y.Text (useSharedText): a group mate's edit is written in by hand and the caret of the person
 * typing stays on its characters (a controlled value would jump it to the end). Each keystroke
 * goes to the model with the caret, so it lands where this person types.
 * `data-board-undo` lets ctrl+Z here undo through the board's history.
 */
export function OutlineNoteText({ id, text, source, label, hidden, onText }: {
  id: string; text: string; source: TextSource; label: string; hidden?: string; onText: (text: string, caret: number) => void;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  const shared = useSharedText(field, source, text, onText);
  return (
    <div className="outline-note__field">
      <label htmlFor={id} className="outline-note__field-label">
        {label}{hidden && <span className="visually-hidden"> {hidden}</span>}
      </label>
      <textarea
        ref={field} id={id} className="input outline-note__textarea" defaultValue={text} rows={2}
        maxLength={Limits.noteTextLength} spellCheck data-board-undo
        onInput={(e) => shared.input(e.currentTarget)} {...shared.handlers}
      />
    </div>
  );
}
