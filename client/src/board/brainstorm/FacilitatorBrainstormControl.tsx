import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrainstormState } from '../../../../shared/schemas/brainstorm.ts';
import type { ControlSocket } from '../../control/controlChannel.ts';

/**
 * Start and end a silent-brainstorm round (facilitator, organiser). Ending it is the reveal:
 * every laptop puts its private notes on the board as it hears that the round is over.
 * Mountable anywhere a control socket is at hand (board toolbar, outline, console).
 */
export function FacilitatorBrainstormControl({ socket, brainstorm }: { socket: ControlSocket | undefined; brainstorm: BrainstormState }) {
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
    socket.emit('brainstorm:set', { active: !brainstorm.active }, (reply) => settle(reply.ok));
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
