import { useTranslation } from 'react-i18next';
import type { ConnectionState } from './BoardConnection.ts';
import './offline/connection.css';

type Shown = 'connecting' | 'reconnecting' | 'offline' | 'saving' | 'saved' | 'online' | 'locked' | 'closed' | 'notStoring';

function shownState(state: ConnectionState, editable: boolean): Shown {
  if (state.phase !== 'online') return state.phase;
  if (!editable) return 'online';
  // While locked the server drops edits: "alles opgeslagen" would not be true, so say why.
  if (state.locked) return 'locked';
  // The server keeps the edits in memory but cannot store them (board notice): not "saved".
  if (state.storageFailing) return 'notStoring';
  return state.saved ? 'saved' : 'saving';
}

/** The visible text: offline says whether the edits are safe in this browser. */
function shownText(shown: Shown, state: ConnectionState): `connection.${string}` {
  if (shown === 'offline' && state.storedLocally) return 'connection.offlineKept';
  if (shown === 'locked' && !state.saved) return 'connection.lockedUnsaved';
  return `connection.${shown}`;
}

/**
 * The state of the board channel, always visible. Screen readers hear only changes of the
 * connection itself (and a lock): "saving"/"saved" flip with every keystroke and would
 * drown everything else. `data-local` tells tests (and styles) whether this browser holds
 * every edit.
 */
export function ConnectionBadge({ state, editable }: { state: ConnectionState; editable: boolean }) {
  const { t } = useTranslation();
  const shown = shownState(state, editable);
  const spoken = shown === 'locked' ? 'locked' : state.phase;
  return (
    <div
      className={`connection connection--${shown}`} data-state={shown}
      data-local={state.storedLocally ? 'stored' : 'pending'}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text" aria-hidden="true">{t(shownText(shown, state) as 'connection.online')}</span>
      <span className="visually-hidden" role="status">{t(`connection.spoken.${spoken}`)}</span>
    </div>
  );
}
