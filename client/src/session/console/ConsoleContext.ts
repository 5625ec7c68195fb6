import { createContext, useContext } from 'react';
import type { PresenceMember } from '../../../../shared/schemas/control.ts';
import type { PlenarySnapshot } from '../../../../shared/schemas/plenary.ts';
import type { WorkshopInfo, WorkshopLinks } from '../../../../shared/schemas/workshop.ts';
import type { ControlSocket } from '../../control/controlChannel.ts';
import type { Run } from '../useControlRunner.ts';
import type { SessionView } from '../useSession.ts';

/** What every part of the console reads: the workshop, the live state and how to act on it. */
export interface ConsoleValue {
  workshop: WorkshopInfo;
  links: WorkshopLinks;
  /** The facilitator's or organiser's token (boards are opened and watched with it). */
  token: string;
  socket: ControlSocket;
  session: SessionView;
  snapshot: PlenarySnapshot | undefined;
  /** Everyone on the control channel (participants carry their group). */
  members: PresenceMember[];
  run: Run;
}

export const ConsoleContext = createContext<ConsoleValue | null>(null);

export function useConsole(): ConsoleValue {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('useConsole outside <FacilitatorConsole>');
  return value;
}
