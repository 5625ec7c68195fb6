import type { Agenda } from '../../../shared/schemas/session.ts';
import type { ControlSocket } from '../control/controlChannel.ts';
import { AgendaEditor } from '../session/console/AgendaEditor.tsx';
import { useControlRunner } from '../session/useControlRunner.ts';

/**
 * The programme, set before the day (issue 10): the same editor as the console's, without the
 * "now" marker, which only matters on the day. The status line says what was saved or refused.
 */
export function ProgrammeSection({ agenda, socket }: { agenda: Agenda; socket: ControlSocket | undefined }) {
  const { run, status } = useControlRunner(socket);
  return (
    <>
      <AgendaEditor agenda={agenda} run={run} showNow={false} />
      <p className={`organiser-status organiser-status--${status?.kind ?? 'none'}`} role="status" data-testid="programme-status">
        {status && <span key={status.seq}>{status.text}</span>}
      </p>
    </>
  );
}
