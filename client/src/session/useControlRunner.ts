import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionEventName } from '../../../shared/schemas/control.ts';
import type { ControlSocket } from '../control/controlChannel.ts';
import { sendControl, type PayloadOf, type SendResult } from './sendControl.ts';

export interface RunnerStatus {
  kind: 'ok' | 'error';
  text: string;
  /** Changes with every status, so that the same text twice is announced twice. */
  seq: number;
}

export type Run = <E extends SessionEventName>(event: E, payload: PayloadOf<E>, doneText?: string) => Promise<SendResult<E>>;

/**
 * Sends session events for the console and keeps the outcome for its status line: a refusal
 * or a missing answer in words, and (when given) what was done.
 */
export function useControlRunner(socket: ControlSocket | undefined): { run: Run; status: RunnerStatus | undefined } {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RunnerStatus>();
  const run = useCallback<Run>(async (event, payload, doneText) => {
    const reply = await sendControl(socket, event, payload);
    if (!reply.ok) {
      const text = t(`session.errors.${reply.error}`, { message: reply.message });
      setStatus((prev) => ({ kind: 'error', text, seq: (prev?.seq ?? 0) + 1 }));
    } else if (doneText) {
      setStatus((prev) => ({ kind: 'ok', text: doneText, seq: (prev?.seq ?? 0) + 1 }));
    }
    return reply;
  }, [socket, t]);
  return { run, status };
}
