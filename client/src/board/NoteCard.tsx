import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../shared/board/schema.ts';
import type { BoardActions } from './actions.ts';
import { NoteText } from './NoteText.tsx';
import { useDragMove } from './useDragMove.ts';

/** Arrow keys move a focused note by this much; with Shift by the larger step. */
export const KEY_STEP = 10;
export const KEY_STEP_LARGE = 50;

export type FocusTarget = 'note' | 'text';

interface Props {
  note: NoteView;
  number: number;
  editable: boolean;
  actions: BoardActions;
  /** Set when this note should take focus (after it was added, or its neighbour deleted). */
  focus: FocusTarget | null;
  onFocusDone: () => void;
  onDelete: (id: string) => void;
  onTextTooLong: () => void;
  helpId: string;
}

/** One sticky note: drag by its top bar, edit in place, move with arrow keys, Delete removes. */
export const NoteCard = memo(function NoteCard(props: Props) {
  const { note, number, editable, actions, focus, onFocusDone, onDelete, onTextTooLong, helpId } = props;
  const { t } = useTranslation();
  const card = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!focus) return;
    (focus === 'text' ? field.current : card.current)?.focus();
    card.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    onFocusDone();
  }, [focus, onFocusDone]);

  const startDrag = useDragMove({
    origin: () => ({ x: note.x, y: note.y }),
    onStart: () => {
      card.current?.focus({ preventScroll: true });
      actions.bringToFront(note.id);
    },
    onMove: (x, y) => actions.move(note.id, x, y),
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys typed in the textarea or on the delete button are theirs, not the note's.
    if (event.target !== event.currentTarget || !editable) return;
    const step = event.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step],
    };
    const d = delta[event.key];
    if (d) {
      event.preventDefault();
      actions.move(note.id, note.x + d[0], note.y + d[1]);
      requestAnimationFrame(() => card.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onDelete(note.id);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      field.current?.focus();
    }
  }

  const label = t('note.label', { n: String(number) });
  const style = { transform: `translate(${note.x}px, ${note.y}px)`, width: note.w, height: note.h, zIndex: note.z };
  return (
    <div
      ref={card} className={`note note--${note.color}${editable ? '' : ' note--readonly'}`} style={style}
      role="group" aria-roledescription={t('note.roleDescription')} aria-label={label}
      aria-describedby={editable ? helpId : undefined}
      tabIndex={0} data-note-id={note.id} onKeyDown={onKeyDown}
    >
      {editable ? (
        <>
          <div className="note__bar">
            <div className="note__handle" aria-hidden="true" onPointerDown={startDrag} title={t('note.dragHint')}>
              <span className="note__grip" />
            </div>
            <button type="button" className="note__delete" onClick={() => onDelete(note.id)}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('note.delete', { n: String(number) })}</span>
            </button>
          </div>
          <NoteText
            text={note.text} label={t('note.textLabel', { n: String(number) })} fieldRef={field}
            onText={(text) => { if (!actions.setText(note.id, text).ok) onTextTooLong(); }}
            onEscape={() => card.current?.focus()}
          />
        </>
      ) : (
        <p className="note__text note__text--static">{note.text}</p>
      )}
    </div>
  );
});
