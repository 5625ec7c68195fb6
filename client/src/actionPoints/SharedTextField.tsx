import { useRef } from 'react';
import { useSharedText, type TextSource } from '../board/useSharedText.ts';

interface Props {
  id: string;
  value: string;
  /** Where the value lives when it is a Y.Text (title, body): the caret is then kept on Yjs relative positions. */
  source?: TextSource;
  /** An edit of this person, with the caret after it. */
  onText: (text: string, caret: number) => void;
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
 * caret where it was (useSharedText); a controlled value would throw it to the end on every
 * remote keystroke.
 */
export function SharedTextField({ id, value, source, onText, multiline = false, maxLength, readOnly, invalid, describedBy, onBlur, rows = 4, grow = false }: Props) {
  const ref = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const shared = useSharedText(ref, source, value, onText);
  const common = {
    id, defaultValue: value, maxLength, readOnly, className: grow ? 'input input--grow' : 'input',
    'aria-invalid': invalid || undefined, 'aria-describedby': describedBy,
    onInput: (e: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const el = e.currentTarget;
      if (grow && /[\r\n]/.test(el.value)) {
        // The caret keeps its place among the characters before it, breaks folded the same way.
        const at = el.selectionEnd ?? el.value.length;
        const caret = el.value.slice(0, at).replace(LINE_BREAKS, ' ').length;
        el.value = el.value.replace(LINE_BREAKS, ' ');
        el.setSelectionRange(Math.min(caret, el.value.length), Math.min(caret, el.value.length));
      }
      shared.input(el);
    },
    ...shared.handlers,
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
