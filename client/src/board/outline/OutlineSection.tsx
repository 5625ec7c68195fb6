import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../../../shared/board/actionPointRules.ts';
import type { VotesApi } from '../voting/useVotes.ts';
import { OutlineNoteItem, type NoteItemProps } from './OutlineNoteItem.tsx';
import { describeItem } from './outlineItems.ts';
import type { OutlineGroup, OutlineModel } from './useOutlineModel.ts';

type Handlers = Pick<NoteItemProps, 'onText' | 'textOf' | 'onColor' | 'onMove' | 'onVote' | 'onDelete' | 'onActionPoint'>;

/**
 * One list of the outline: a section (or the notes in none) with its heading, its notes and
 * its "Notitie toevoegen" button, which the focus falls back to when its last note goes.
 */
export function OutlineSection({ group, title, model, canEdit, votes, voterReady, actionSlots, register, onAdd, handlers, groupTitle }: {
  group: OutlineGroup;
  title: string;
  model: OutlineModel;
  canEdit: boolean;
  votes: VotesApi;
  voterReady: boolean;
  actionSlots: { slot: Slot; title: string }[] | null;
  register: (key: string, el: HTMLElement | null) => void;
  onAdd: (group: OutlineGroup) => void;
  handlers: Handlers;
  groupTitle: (g: OutlineGroup) => string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const where = group.section ? t('outline.note.where', { section: title }) : t('outline.note.whereNone');
  const targets = model.groups
    .filter((g) => g.key !== group.key && (g.section || model.sections.length > 0))
    .map((g) => ({ key: g.key, label: t('outline.note.moveTo', { section: groupTitle(g) }) }));
  return (
    <section className="outline-section" aria-labelledby={headingId} data-outline-section={group.key}>
      <h3 id={headingId} className="outline-section__heading">
        {title} <span className="outline-section__count">{t('outline.noteCount', { count: group.notes.length })}</span>
      </h3>
      {group.notes.length > 0 ? (
        <ul className="outline-section__notes">
          {group.notes.map((note, i) => (
            <OutlineNoteItem
              key={note.id} note={note} n={i + 1} where={where} canEdit={canEdit}
              votes={note.private ? null : {
                count: votes.counts.get(note.id) ?? 0, mine: votes.mine.get(note.id) ?? 0, left: votes.left,
                enabled: canEdit && voterReady,
              }}
              moveTargets={targets} actionSlots={actionSlots} register={register} {...handlers}
            />
          ))}
        </ul>
      ) : (
        <p className="outline-section__empty">{t('outline.sectionEmpty')}</p>
      )}
      {group.others.length > 0 && (
        <ul className="outline-section__others" aria-label={t('outline.item.listLabel', { where })}>
          {group.others.map((item) => (
            <li key={item.id} className={`outline-item outline-item--${item.kind}`} data-outline-item={item.id} data-kind={item.kind}>
              {describeItem(t, item)}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <button
          ref={(el) => register(`add:${group.key}`, el)} type="button" className="button button--secondary button--small outline-section__add"
          onClick={() => onAdd(group)}
        >
          <span aria-hidden="true">+ </span>{t('outline.addNote')}<span className="visually-hidden"> {where}</span>
        </button>
      )}
    </section>
  );
}
