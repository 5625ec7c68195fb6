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
          <LockIcon />
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

/** A padlock drawn inline (an emoji lock is missing from some laptops' fonts and shows as a box). */
function LockIcon() {
  return (
    <svg className="brainstorm-banner__lock" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round"
    >
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V8a4 4 0 018 0v3" />
    </svg>
  );
}
