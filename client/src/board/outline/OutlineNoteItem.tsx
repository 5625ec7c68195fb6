import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../../../shared/board/actionPointRules.ts';
import { NoteColor } from '../../../../shared/board/schema.ts';
import { VoteButtons } from '../voting/VoteButtons.tsx';
import { MenuButton } from './MenuButton.tsx';
import { OutlineNoteText } from './OutlineNoteText.tsx';
import type { TextSource } from '../useSharedText.ts';
import type { OutlineNote } from './useOutlineModel.ts';

export interface NoteItemProps {
  note: OutlineNote;
  /** Its number in its list ("Notitie 2"); `where` ("in Ideeën") is added for screen readers. */
  n: number;
  where: string;
  canEdit: boolean;
  votes: { count: number; mine: number; left: number; enabled: boolean } | null;
  moveTargets: { key: string; label: string }[];
  /** Present while the action step is open and the action points are not submitted. */
  actionSlots: { slot: Slot; title: string }[] | null;
  /** A keystroke in the note's text, with the caret after it. */
  onText: (note: OutlineNote, text: string, caret: number) => void;
  /** Where the note's text lives (the board, or this person's private doc). */
  textOf: (note: OutlineNote) => TextSource;
  onColor: (note: OutlineNote, color: NoteColor) => void;
  onMove: (note: OutlineNote, key: string) => void;
  onVote: (note: OutlineNote, cast: boolean) => void;
  onDelete: (note: OutlineNote) => void;
  onActionPoint: (note: OutlineNote, slot: Slot) => void;
  register: (id: string, el: HTMLElement | null) => void;
}

/** One note in the outline: its text, votes and every action, each reachable by Tab. */
export const OutlineNoteItem = memo(function OutlineNoteItem(props: NoteItemProps) {
  const { note, n, where, canEdit, votes, moveTargets, actionSlots } = props;
  const { t } = useTranslation();
  const title = t('outline.note.title', { n: String(n) });
  const headingId = useId();
  const fieldId = useId();
  const colorId = useId();
  const full = `${title} ${where}`;
  return (
    <li className={`outline-note outline-note--${note.color}`} data-outline-note={note.id} data-private={note.private || undefined}>
      <article ref={(el) => props.register(note.id, el)} tabIndex={-1} aria-labelledby={headingId} className="outline-note__card">
        <p id={headingId} className="outline-note__title">
          {title}<span className="visually-hidden"> {where}</span>
          {note.private && <span className="outline-note__private"> {t('outline.brainstorm.privateBadge')}</span>}
        </p>
        {canEdit ? (
          <OutlineNoteText
            id={fieldId} text={note.text} source={props.textOf(note)} label={t('outline.note.textLabel', { n: String(n) })} hidden={where}
            onText={(text, caret) => props.onText(note, text, caret)}
          />
        ) : (
          <p className="outline-note__text">{note.text || <em>{t('outline.note.empty')}</em>}</p>
        )}
        <div className="outline-note__actions">
          {votes && (
            <VoteButtons
              itemLabel={full} count={votes.count} mine={votes.mine} left={votes.left} disabled={!votes.enabled}
              onVote={() => props.onVote(note, true)} onRetract={() => props.onVote(note, false)}
            />
          )}
          {canEdit && (
            <div className="outline-note__color">
              <label htmlFor={colorId}>{t('outline.note.color')}<span className="visually-hidden"> {full}</span></label>
              <select
                id={colorId} className="input input--select" value={note.color}
                onChange={(e) => props.onColor(note, e.currentTarget.value as NoteColor)}
              >
                {NoteColor.map((c) => <option key={c} value={c}>{t(`outline.colors.${c}`)}</option>)}
              </select>
            </div>
          )}
          {canEdit && moveTargets.length > 0 && (
            <MenuButton
              label={t('outline.note.move')} hidden={full}
              choices={moveTargets.map((m) => ({ key: m.key, label: m.label, onSelect: () => props.onMove(note, m.key) }))}
            />
          )}
          {canEdit && actionSlots && !note.private && (
            <MenuButton
              label={t('outline.note.makeActionPoint')} hidden={full}
              choices={actionSlots.map(({ slot, title: apTitle }) => ({
                key: String(slot),
                label: t('outline.note.actionSlot', { n: String(slot + 1) }),
                description: apTitle ? t('outline.note.actionSlotReplaces', { title: apTitle }) : t('outline.note.actionSlotEmpty'),
                onSelect: () => props.onActionPoint(note, slot),
              }))}
            />
          )}
          {canEdit && (
            <button type="button" className="button button--ghost button--small outline-note__delete" onClick={() => props.onDelete(note)}>
              {t('outline.note.delete')}<span className="visually-hidden"> {full}</span>
            </button>
          )}
        </div>
      </article>
    </li>
  );
});
