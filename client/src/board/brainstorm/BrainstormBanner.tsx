import { useTranslation } from 'react-i18next';
import type { BoardSession } from '../useBoardSession.ts';
import { useRevealNotice } from './useRevealNotice.ts';
import './brainstorm.css';

/**
 * Above every board of a group in a silent round: what the round means for this person (a
 * participant's notes are theirs alone until the reveal; staff write on the board), and, once
 * the facilitator reveals, that everyone now sees the notes. One polite live region that is
 * always in the page, so both the start and the reveal are read out (a region that appears
 * together with its text is often not); focus is never moved, the person may be typing.
 */
export function BrainstormBanner({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const { brainstorm, privateMode } = session;
  const [revealed, dismiss] = useRevealNotice(brainstorm);
  // A participant is in private mode during a round; everyone else (staff, plenary) watches it.
  const participant = privateMode;
  const text = !brainstorm.active ? null
    : participant ? t(brainstorm.ended ? 'silentRound.banner.participantEnded' : 'silentRound.banner.participant')
      : t(brainstorm.ended ? 'silentRound.banner.staffEnded' : 'silentRound.banner.staff');
  return (
    <div className="brainstorm-banner" role="status" data-testid="brainstorm-banner">
      {text && (
        <p className="brainstorm-banner__round" data-brainstorm={brainstorm.ended ? 'ended' : 'running'}>
          <span className="brainstorm-banner__lock" aria-hidden="true">🔒</span>
          <span className="brainstorm-banner__text">{text}</span>
        </p>
      )}
      {revealed && (
        <div
          className="brainstorm-banner__revealed" data-testid="reveal-notice"
          onKeyDown={(e) => { if (e.key === 'Escape') dismiss(); }}
        >
          <p className="brainstorm-banner__text">{t('silentRound.revealed')}</p>
          <button type="button" className="board-notice__close" onClick={dismiss}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t('silentRound.dismiss')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
