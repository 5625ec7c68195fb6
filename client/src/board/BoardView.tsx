import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readNotes } from '../../../shared/board/notes.ts';
import { boardActions } from './actions.ts';
import type { BoardConnection } from './BoardConnection.ts';
import { NoteCard, type FocusTarget } from './NoteCard.tsx';
import { placeNewNote, surfaceSize } from './placement.ts';
import { useConnectionState } from './useBoardConnection.ts';
import { useDocValue } from './useDocValue.ts';
import { useNewNoteShortcut } from './useNewNoteShortcut.ts';
import { useStableOrder } from './useStableOrder.ts';
import { useAnnouncer } from '../hooks/useAnnouncer.ts';

interface FocusRequest {
  id: string;
  target: FocusTarget;
}

/** The board of one group: toolbar, the surface with its notes, and spoken feedback. */
export function BoardView({ connection, editable }: { connection: BoardConnection; editable: boolean }) {
  const { t } = useTranslation();
  const notes = useStableOrder(useDocValue(connection.doc, readNotes));
  const { loaded } = useConnectionState(connection);
  const actions = useMemo(() => boardActions(connection.doc), [connection]);
  const surface = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [announcement, announce] = useAnnouncer();
  const notesRef = useRef(notes);
  notesRef.current = notes;

  const add = useCallback(() => {
    const el = surface.current;
    const view = el
      ? { left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight }
      : { left: 0, top: 0, width: 800, height: 600 };
    const { x, y } = placeNewNote(view, notesRef.current);
    const result = actions.addNote(x, y);
    if (result.ok && result.id) {
      setFocusRequest({ id: result.id, target: 'text' });
      announce(t('board.announce.added'));
    } else {
      announce(t('board.errors.full'));
    }
  }, [actions, announce, t]);

  const remove = useCallback((id: string) => {
    const list = notesRef.current;
    const index = list.findIndex((n) => n.id === id);
    const neighbour = list[index + 1] ?? list[index - 1];
    actions.remove(id);
    announce(t('board.announce.deleted'));
    // Focus goes to the next note, or back to the add button: never lost to <body>.
    if (neighbour) setFocusRequest({ id: neighbour.id, target: 'note' });
    else addButton.current?.focus();
  }, [actions, announce, t]);

  const focusDone = useCallback(() => setFocusRequest(null), []);
  const textTooLong = useCallback(() => announce(t('board.errors.tooLong')), [announce, t]);
  useNewNoteShortcut(add, editable);

  const size = surfaceSize(notes);
  return (
    <section className="board" aria-labelledby="board-heading">
      <div className="board__toolbar">
        <h2 id="board-heading" className="visually-hidden">{t('board.heading')}</h2>
        {editable ? (
          <>
            <button ref={addButton} type="button" className="button button--primary" onClick={add}>
              <span aria-hidden="true" className="button__icon">+</span>
              {t('board.addNote')}
              <kbd className="kbd" aria-hidden="true">N</kbd>
            </button>
            <p id="board-help" className="board__help">{t('board.help')}</p>
          </>
        ) : (
          <p className="board__help">{t('board.readOnly')}</p>
        )}
      </div>
      <div className="board__frame">
        <div
          ref={surface} className="board__viewport" role="region" aria-label={t('board.surfaceLabel')} tabIndex={0}
        >
          <div className="board__surface" style={{ width: size.width, height: size.height }}>
            {notes.map((note, i) => (
              <NoteCard
                key={note.id} note={note} number={i + 1} editable={editable} actions={actions}
                focus={focusRequest?.id === note.id ? focusRequest.target : null}
                onFocusDone={focusDone} onDelete={remove} onTextTooLong={textTooLong} helpId="board-help"
              />
          ))}
          </div>
        </div>
        {!loaded && <p className="board__overlay" role="status">{t('board.loading')}</p>}
        {loaded && notes.length === 0 && (
          <p className="board__overlay board__overlay--empty">{editable ? t('board.empty') : t('board.emptyReadOnly')}</p>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </section>
  );
}
