import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnouncer } from '../hooks/useAnnouncer.ts';
import { useLatest } from '../hooks/useLatest.ts';
import type { BoardConnection } from './BoardConnection.ts';
import { refusalText } from './noticeText.ts';
import { useConnectionState } from './useBoardConnection.ts';

/**
 * The server's board notices under the page header: a banner while it cannot store (the
 * badge meanwhile does not say "alles opgeslagen") and the last update it undid, until
 * dismissed. Both are spoken through one polite live region that is always in the page (a
 * region that appears together with its text is often not read out). Focus is never moved
 * here: the person may be typing in a note; the close button is in the tab order, and Escape
 * inside the notice closes it too.
 */
export function BoardNoticeBar({ connection, editable }: { connection: BoardConnection; editable: boolean }) {
  const { t } = useTranslation();
  const { storageFailing, lastRefusal } = useConnectionState(connection);
  const [spoken, announce] = useAnnouncer();
  const storageText = t(editable ? 'boardNotices.storageFailing' : 'boardNotices.storageFailingReadOnly');
  const refusal = lastRefusal ? refusalText(t, lastRefusal) : null;

  const wasFailing = useRef(false);
  useEffect(() => {
    if (storageFailing === wasFailing.current) return;
    wasFailing.current = storageFailing;
    announce(storageFailing ? storageText : t('boardNotices.storageRecovered'));
  }, [storageFailing, storageText, announce, t]);
  // Once per refusal (`at`), not again when the language changes: the text is read from a ref.
  const refusalRef = useLatest(refusal);
  const refusedAt = lastRefusal?.at;
  useEffect(() => {
    if (refusedAt !== undefined && refusalRef.current) announce(refusalRef.current);
  }, [refusedAt, announce, refusalRef]);

  return (
    <div className="board-notices">
      {storageFailing && (
        <p className="board-notice board-notice--storage" data-testid="storage-notice">{storageText}</p>
      )}
      {lastRefusal && refusal && (
        <div
          className="board-notice board-notice--refused" data-testid="refusal-notice" data-reason={lastRefusal.reason}
          onKeyDown={(e) => {
            if (e.key === 'Escape') connection.dismissRefusal();
          }}
        >
          <p className="board-notice__text">{refusal}</p>
          <button type="button" className="board-notice__close" onClick={connection.dismissRefusal}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t('boardNotices.dismiss')}</span>
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status">{spoken}</p>
    </div>
  );
}
