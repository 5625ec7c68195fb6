import { useLayoutEffect, useRef } from 'react';
import { mapCaret } from '../board/caret.ts';

interface Props {
  id: string;
  value: string;
  onText: (text: string) => void;
  multiline?: boolean;
  maxLength: number;
  readOnly: boolean;
  invalid?: boolean;
  describedBy?: string | undefined;
  onBlur?: () => void;
  rows?: number;
  /** One line of text that wraps and grows instead of being cut (a one-row textarea). */
  grow?: boolean;
}

/** A line break typed or pasted into a one-line field becomes a space. */
const LINE_BREAKS = /\s*[\r\n]+\s*/g;

/**
 * A text field bound to a shared value (a Y.Text or a string in the group's document). It is
 * uncontrolled: a group mate's change is written into the field by hand, keeping this person's
 * caret where it was; a controlled value would throw it to the end on every remote keystroke.
 */
export function SharedTextField({ id, value, onText, multiline = false, maxLength, readOnly, invalid, describedBy, onBlur, rows = 4, grow = false }: Props) {
  const ref = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || el.value === value) return;
    const prev = el.value;
    const focused = document.activeElement === el;
    const { selectionStart, selectionEnd } = el;
    el.value = value;
    if (focused && selectionStart !== null && selectionEnd !== null) {
      el.setSelectionRange(mapCaret(prev, value, selectionStart), mapCaret(prev, value, selectionEnd));
    }
  }, [value]);
  const common = {
    id, defaultValue: value, maxLength, readOnly, className: grow ? 'input input--grow' : 'input',
    'aria-invalid': invalid || undefined, 'aria-describedby': describedBy,
    onInput: (e: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const el = e.currentTarget;
      if (grow && /[\r\n]/.test(el.value)) {
        const prev = el.value;
        const at = el.selectionStart ?? prev.length;
        el.value = prev.replace(LINE_BREAKS, ' ');
        el.setSelectionRange(mapCaret(prev, el.value, at), mapCaret(prev, el.value, at));
      }
      onText(el.value);
    },
    onBlur,
  };
  if (grow) {
    return (
      <textarea
        {...common} ref={(el) => { ref.current = el; }} rows={1}
        onKeyDown={(e) => { if (e.key === 'Enter') e.preventDefault(); }}
      />
    );
  }
  return multiline
    ? <textarea {...common} ref={(el) => { ref.current = el; }} rows={rows} />
    : <input {...common} ref={(el) => { ref.current = el; }} type="text" />;
}
