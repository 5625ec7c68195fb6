import { useTranslation } from 'react-i18next';
import type { SessionView } from './useSession.ts';
import { useServerNow } from './useServerNow.ts';
import { FLASH_MS, formatClock, isFlashing, timerPhase, timerRemaining } from './timerView.ts';

/**
 * The workshop timer, on every screen (board, console, beamer), counted on the server's clock.
 * At zero it flashes for a while; screen readers hear "time is up" once (the ticking value
 * itself is a `timer` role, which is not read out on every second).
 */
export function TimerDisplay({ session, variant, showIdle = false, speak = true }: {
  session: SessionView; variant: 'board' | 'console' | 'plenary'; showIdle?: boolean;
  /** Say "time is up" to screen readers; off for a second timer on the same screen. */
  speak?: boolean;
}) {
  const { t } = useTranslation();
  const { timer } = session.state;
  const phase = timerPhase(timer);
  // Ticks while running, and after zero until the flash is over.
  const tickUntil = phase === 'running' ? Infinity : phase === 'done' && timer.doneAt !== null ? timer.doneAt + FLASH_MS : 0;
  const now = useServerNow(session.offset, tickUntil);
  if (phase === 'idle' && !showIdle) return null;
  const remaining = timerRemaining(timer, now);
  const flashing = isFlashing(timer, now);
  const clock = formatClock(remaining);
  return (
    <div className={`timer timer--${variant} timer--${phase}${flashing ? ' timer--flash' : ''}`} data-phase={phase}>
      <span className="timer__label">{t('timer.label')}</span>
      <span className="timer__value" role="timer" aria-label={t('timer.aria', { clock })} data-ms={remaining}>
        {phase === 'idle' ? '–:––' : clock}
      </span>
      {phase === 'paused' && <span className="timer__note">{t('timer.paused')}</span>}
      {phase === 'done' && <span className="timer__note timer__note--done">{t('timer.done')}</span>}
      {timer.pensDown && phase !== 'done' && phase !== 'idle' && (
        <span className="timer__note">{t('timer.pensDownNote')}</span>
      )}
      {speak && <span className="visually-hidden" role="status">{phase === 'done' ? t('timer.doneSpoken') : ''}</span>}
    </div>
  );
}
