import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../../../shared/board/actionPointRules.ts';
import { readActionPoints } from '../../../../shared/board/actionPoints.ts';
import { readBoard } from '../../../../shared/board/readBoard.ts';
import type { NoteColor } from '../../../../shared/board/schema.ts';
import { can, type Role } from '../../../../shared/roles.ts';
import type { ControlSocket } from '../../control/controlChannel.ts';
import { useAnnouncer } from '../../hooks/useAnnouncer.ts';
import { useLatest } from '../../hooks/useLatest.ts';
import type { BoardConnection } from '../BoardConnection.ts';
import { FacilitatorBrainstormControl } from '../brainstorm/FacilitatorBrainstormControl.tsx';
import { usePrivateNotes } from '../brainstorm/usePrivateNotes.ts';
import type { BoardSession } from '../useBoardSession.ts';
import { useConnectionState } from '../useBoardConnection.ts';
import { useDocValue } from '../useDocValue.ts';
import { UndoButtons } from '../undo/UndoButtons.tsx';
import { useUndo } from '../undo/useUndo.ts';
import { useVoterId } from '../voting/useVoterId.ts';
import { useVotes } from '../voting/useVotes.ts';
import { VotesPerPersonControl } from '../voting/VotesPerPersonControl.tsx';
import { OutlineSection } from './OutlineSection.tsx';
import { outlineActions, type OutlineResult } from './outlineActions.ts';
import { useFocusRequest } from './useFocusRequest.ts';
import { NO_SECTION, useOutlineModel, type OutlineGroup, type OutlineNote } from './useOutlineModel.ts';
import { useRemoteNoteAnnouncer } from './useRemoteNoteAnnouncer.ts';
import './outline.css';

export interface OutlineViewProps {
  connection: BoardConnection;
  workshopId: string;
  groupId: string;
  role: Role;
  /** The role may write this board (not the plenary screen). A lock comes on top, from `session`. */
  editable: boolean;
  session: BoardSession;
  socket: ControlSocket | undefined;
}

/**
 * The board as a list, for keyboard and screen-reader users (and anyone who prefers it): the
 * case, then each section with its notes, then the notes in no section. Every action of the
 * canvas on a note is here as a plain control, in the same shared model.
 */
export function OutlineView({ connection, workshopId, groupId, role, editable, session, socket }: OutlineViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const board = useDocValue(connection.doc, readBoard);
  const actionPoints = useDocValue(connection.doc, readActionPoints);
  const { notes: privateNotes, state: privateState } = usePrivateNotes(connection);
  const model = useOutlineModel(board, privateNotes);
  const { loaded } = useConnectionState(connection);
  const voterId = useVoterId(workshopId, groupId);
  const votes = useVotes(connection.doc, voterId);
  const undo = useUndo(connection);
  const actions = useMemo(() => outlineActions(connection), [connection]);
  const [announcement, announce] = useAnnouncer();
  const [error, setError] = useState<string | null>(null);
  const { register, focus } = useFocusRequest();
  useRemoteNoteAnnouncer(connection, announce);

  const canEdit = editable && !session.locked;
  const control = can({ role }, 'control');
  const actionSlots = session.actionStepOpen && !actionPoints.submitted
    ? actionPoints.slots.map((ap, i) => ({ slot: i as Slot, title: ap.title.trim() }))
    : null;

  // Handlers read the latest model through a ref, so the memoised note items keep them.
  const latestRef = useLatest({ model, session, votes, undo, t });

  /** A discrete action is its own undo step, however soon after the previous one it comes. */
  const step = useCallback(<T,>(fn: () => T): T => {
    const { boundary } = latestRef.current.undo;
    boundary();
    try {
      return fn();
    } finally {
      boundary();
    }
  }, [latestRef]);

  // Called while rendering, so it reads this render's values (not the ref of the last commit).
  const hasSections = model.sections.length > 0;
  const groupTitle = useCallback((g: OutlineGroup) => {
    if (!g.section) return hasSections ? t('outline.noSection') : t('outline.allNotes');
    return g.section.title.trim() || t('outline.untitledSection');
  }, [hasSections, t]);

  const report = useCallback((result: OutlineResult): boolean => {
    if (result.ok) {
      setError(null);
      return true;
    }
    setError(latestRef.current.t(`outline.limits.${result.limit}` as 'outline.limits.maxItems'));
    return false;
  }, [latestRef]);

  const add = useCallback((group: OutlineGroup) => {
    const { model: m, session: s, t: tr } = latestRef.current;
    const result = step(() => actions.add(m, group.key, s.privateMode ? s.brainstorm.round : null));
    if (!report(result) || !result.ok || !result.id) return;
    focus({ key: result.id, part: 'text' });
    const where = group.section ? tr('outline.note.where', { section: groupTitle(group) }) : tr('outline.note.whereNone');
    announce(tr(s.privateMode ? 'outline.announce.addedPrivate' : 'outline.announce.added', { section: where }));
  }, [actions, announce, focus, groupTitle, latestRef, report, step]);

  const onText = useCallback((note: OutlineNote, text: string, caret: number) => report(actions.setText(note, text, caret)), [actions, report]);
  const onColor = useCallback((note: OutlineNote, color: NoteColor) => report(step(() => actions.setColor(note, color))), [actions, report, step]);

  const onMove = useCallback((note: OutlineNote, key: string) => {
    const { model: m, t: tr } = latestRef.current;
    if (!report(step(() => actions.move(m, note, key)))) return;
    const target = m.groups.find((g) => g.key === key);
    focus({ key: note.id, part: 'self' });
    announce(tr('outline.announce.moved', { section: target ? groupTitle(target) : '' }));
  }, [actions, announce, focus, groupTitle, latestRef, report, step]);

  const onDelete = useCallback((note: OutlineNote) => {
    const { model: m, t: tr } = latestRef.current;
    const group = m.groups.find((g) => g.notes.some((n) => n.id === note.id));
    const list = group?.notes ?? [];
    const at = list.findIndex((n) => n.id === note.id);
    const neighbour = list[at + 1] ?? list[at - 1];
    if (!report(step(() => actions.remove(note)))) return;
    // Focus stays in the same list: the next note, else the previous, else its add button.
    focus(neighbour ? { key: neighbour.id, part: 'self' } : { key: `add:${group?.key ?? NO_SECTION}`, part: 'self' });
    announce(tr('outline.announce.deleted'));
  }, [actions, announce, focus, latestRef, report, step]);

  const onVote = useCallback((note: OutlineNote, cast: boolean) => {
    const { votes: v, t: tr } = latestRef.current;
    const outcome = step(() => (cast ? v.cast(note.id) : v.retract(note.id)));
    if (outcome.ok) {
      setError(null);
      announce(tr(cast ? 'outline.announce.voted' : 'outline.announce.unvoted', { count: outcome.left }));
    } else if (outcome.reason === 'noVotesLeft') {
      announce(tr('outline.announce.noVotesLeft'));
    } else if (outcome.reason !== 'nothingToTakeBack') {
      report({ ok: false, limit: outcome.reason === 'notVotable' || outcome.reason === 'badVoter' ? 'voteFailed' : outcome.reason });
    }
  }, [announce, latestRef, report, step]);

  const onActionPoint = useCallback((note: OutlineNote, slot: Slot) => {
    if (!report(step(() => actions.makeActionPoint(note.id, slot)))) return;
    announce(latestRef.current.t('outline.announce.actionPoint', { n: String(slot + 1) }));
  }, [actions, announce, latestRef, report, step]);

  // Undo and redo, by button or by ctrl+Z anywhere on the page, are said out loud.
  const lastStep = undo.last;
  const seenStep = useRef(lastStep?.seq);
  useEffect(() => {
    if (!lastStep || lastStep.seq === seenStep.current) return;
    seenStep.current = lastStep.seq;
    const tr = latestRef.current.t;
    announce(lastStep.ok ? tr(lastStep.what === 'undo' ? 'outline.announce.undone' : 'outline.announce.redone') : tr('outline.announce.nothingToUndo'));
  }, [lastStep, announce, latestRef]);

  // Own private notes that just joined the board (the round ended): say so once.
  const revealedSeen = useRef(privateState.revealed);
  useEffect(() => {
    const n = privateState.revealed - revealedSeen.current;
    revealedSeen.current = privateState.revealed;
    if (n > 0) announce(t('outline.announce.revealed', { count: n }));
  }, [privateState.revealed, announce, t]);

  const revealed = privateState.revealError ? t(`outline.limits.${privateState.revealError}` as 'outline.limits.maxItems') : null;
  const empty = board.sections.length === 0 && !board.caseCard;

  return (
    <section className="outline" aria-labelledby={headingId}>
      <div className="outline__toolbar">
        <h2 id={headingId} className="outline__heading">{t('outline.heading')}</h2>
        {editable && <UndoButtons undo={undo} />}
        {editable && voterId && (
          <p className="outline__votes-left" data-votes-left={votes.left}>
            {t('outline.votes.left', { count: votes.left, total: String(votes.perPerson) })}
          </p>
        )}
      </div>
      <div className="outline__body">
        {control && (
          <div className="outline__facilitator" role="group" aria-label={t('outline.facilitator')}>
            <VotesPerPersonControl perPerson={votes.perPerson} onSet={votes.setPerPerson} />
            <FacilitatorBrainstormControl socket={socket} brainstorm={session.brainstorm} groupId={groupId} />
          </div>
        )}
        {session.locked && <p className="outline__notice">{t('outline.locked')}</p>}
        {(error || revealed) && <p className="outline__error" role="alert">{error ?? revealed}</p>}
        {!loaded ? (
          <p role="status">{t('board.loading')}</p>
        ) : (
          <>
            {board.caseCard && (
              <section className="outline-case" aria-labelledby={`${headingId}-case`}>
                <h3 id={`${headingId}-case`}>{t('outline.caseCard')}</h3>
                <p className="outline-case__text">{board.caseCard.text.trim() || t('outline.caseEmpty')}</p>
              </section>
            )}
            {empty && canEdit && (
              <p className="outline__template">
                {t('outline.noSections')}{' '}
                <button type="button" className="button button--secondary button--small" onClick={() => report(step(() => actions.applyTemplate()))}>
                  {t('outline.applyTemplate')}
                </button>
              </p>
            )}
            {model.groups.map((group) => (
              <OutlineSection
                key={group.key} group={group} title={groupTitle(group)} model={model} canEdit={canEdit}
                votes={votes} voterReady={!!voterId} actionSlots={actionSlots} register={register} onAdd={add}
                handlers={{ onText, textOf: actions.textSource, onColor, onMove, onVote, onDelete, onActionPoint }} groupTitle={groupTitle}
              />
            ))}
          </>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </section>
  );
}
