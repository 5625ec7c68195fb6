import { useLayoutEffect, type RefObject } from 'react';
import { Limits } from '../../../shared/limits.ts';
import { mapCaret } from './caret.ts';

interface Props {
  text: string;
  label: string;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
  onText: (text: string) => void;
  onEscape: () => void;
}

/**
 * The text of a note, edited in place. The textarea is uncontrolled: the document is the source
 * of truth, and a remote change is written into the field by hand so that the caret of the
 * person typing stays where it was (a controlled value would put it at the end).
 */
export function NoteText({ text, label, fieldRef, onText, onEscape }: Props) {
  useLayoutEffect(() => {
    const el = fieldRef.current;
    if (!el || el.value === text) return;
    const prev = el.value;
    const focused = document.activeElement === el;
    const { selectionStart, selectionEnd } = el;
    el.value = text;
    if (focused) el.setSelectionRange(mapCaret(prev, text, selectionStart), mapCaret(prev, text, selectionEnd));
  }, [text, fieldRef]);

  return (
    <textarea
      ref={fieldRef} className="note__text" defaultValue={text} aria-label={label}
      maxLength={Limits.noteTextLength} spellCheck
      onInput={(e) => onText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onEscape();
        }
      }}
    />
  );
}
