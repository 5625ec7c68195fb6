import { useTranslation } from 'react-i18next';
import type { ConnectionState } from './BoardConnection.ts';

type Shown = 'connecting' | 'reconnecting' | 'offline' | 'saving' | 'saved' | 'online' | 'closed';

function shownState(state: ConnectionState, editable: boolean): Shown {
  if (state.phase !== 'online') return state.phase;
  if (!editable) return 'online';
  return state.saved ? 'saved' : 'saving';
}

/**
 * The state of the board channel, always visible. Screen readers hear only changes of the
 * connection itself: "saving"/"saved" flip with every keystroke and would drown everything else.
 */
export function ConnectionBadge({ state, editable }: { state: ConnectionState; editable: boolean }) {
  const { t } = useTranslation();
  const shown = shownState(state, editable);
  const spoken = state.phase === 'online' ? 'online' : state.phase;
  return (
    <div className={`connection connection--${shown}`} data-state={shown}>
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text" aria-hidden="true">{t(`connection.${shown}`)}</span>
      <span className="visually-hidden" role="status">{t(`connection.spoken.${spoken}`)}</span>
    </div>
  );
}
