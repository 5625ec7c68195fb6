import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readNotes } from '../../../shared/board/notes.ts';
import type { Slot } from '../../../shared/board/actionPointRules.ts';
import { useDocValue } from '../board/useDocValue.ts';
import type { ActionPointEdits } from './useActionPointEdits.ts';

const excerpt = (text: string) => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/** The notes this action point was made from ("maak actiepunt van deze notitie"), if any. */
export function SourceNotes({ doc, slot, noteIds, edits, readOnly }: {
  doc: Y.Doc; slot: Slot; noteIds: string[]; edits: ActionPointEdits; readOnly: boolean;
}) {
  const { t } = useTranslation();
  const notes = useDocValue(doc, readNotes);
  if (noteIds.length === 0) return null;
  return (
    <div className="ap-sources">
      <p className="ap-sources__label">{t('actionPoints.sources', { count: noteIds.length })}</p>
      <ul className="ap-sources__list">
        {noteIds.map((id) => {
          const note = notes.find((n) => n.id === id);
          const text = note ? excerpt(note.text) || t('actionPoints.emptyNote') : t('actionPoints.deletedNote');
          return (
            <li key={id} className="ap-sources__item" data-note-id-ref={id}>
              <span className="ap-sources__text">{text}</span>
              {!readOnly && (
                <button type="button" className="button button--ghost button--small" onClick={() => edits.unlink(slot, id)}>
                  {t('actionPoints.unlink')}<span className="visually-hidden">: {text}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
