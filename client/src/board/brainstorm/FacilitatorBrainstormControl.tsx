import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrainstormState } from '../../../../shared/schemas/brainstorm.ts';
import type { ControlSocket } from '../../control/controlChannel.ts';

/**
 * Start and reveal a silent-brainstorm round on one board (facilitator, organiser): every
 * laptop of that board puts its private notes on the board as it hears the reveal. The
 * console runs rounds on every board at once (session/console/BrainstormSection.tsx).
 */
export function FacilitatorBrainstormControl({ socket, brainstorm, groupId }: {
  socket: ControlSocket | undefined; brainstorm: BrainstormState; groupId: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function toggle() {
    if (!socket || busy) return;
    setBusy(true);
    setError(null);
    // No reply (the control channel is down) counts as a failure too, after a while.
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      setBusy(false);
      if (!ok) setError(t('outline.brainstorm.failed'));
    };
    const timer = setTimeout(() => settle(false), 10_000);
    socket.emit('brainstorm:set', { step: brainstorm.active ? 'reveal' : 'start', groupId }, (reply) => settle(reply.ok));
  }

  return (
    <div className="brainstorm-control">
      <p className="brainstorm-control__status" role="status">
        {brainstorm.active
          ? t('outline.brainstorm.runningFacilitator', { round: String(brainstorm.round) })
          : t('outline.brainstorm.idleFacilitator')}
      </p>
      <button
        type="button" className={`button button--small ${brainstorm.active ? 'button--primary' : 'button--secondary'}`}
        aria-disabled={!socket || busy} onClick={toggle}
      >
        {brainstorm.active ? t('outline.brainstorm.end') : t('outline.brainstorm.start')}
      </button>
      {error && <p className="field__error" role="alert">{error}</p>}
    </div>
  );
}
