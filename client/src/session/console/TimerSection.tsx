import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SoundToggle } from '../SoundToggle.tsx';
import { TimerDisplay } from '../TimerDisplay.tsx';
import { timerPhase } from '../timerView.ts';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';

const MINUTE = 60_000;

/** Start with minutes, pause/resume, one minute more or less, reset, pens down, sound. */
export function TimerSection() {
  const { t } = useTranslation();
  const { session, run } = useConsole();
  const { timer } = session.state;
  const phase = timerPhase(timer);
  const minutesId = useId();
  const [minutes, setMinutes] = useState('15');
  const value = Number(minutes.replace(',', '.'));
  const valid = Number.isFinite(value) && value > 0 && value <= 720;

  return (
    <ConsoleSection title={t('console.timer.heading')} className="timer-section">
      <TimerDisplay session={session} variant="console" showIdle speak={false} />
      <form
        className="timer-section__start"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void run('timer:start', { durationMs: Math.round(value * MINUTE) }, t('console.timer.started', { minutes: String(value) }));
        }}
      >
        <label htmlFor={minutesId} className="field__label">{t('console.timer.minutes')}</label>
        <div className="inline-row">
          <input
            id={minutesId} className="input input--short" type="number" inputMode="decimal" min={1} max={720} step="any"
            value={minutes} onChange={(e) => setMinutes(e.target.value)} aria-invalid={!valid}
          />
          <button type="submit" className="button button--primary" disabled={!valid}>{t('console.timer.start')}</button>
        </div>
      </form>
      <div className="inline-row inline-row--wrap" role="group" aria-label={t('console.timer.controls')}>
        {phase === 'running' ? (
          <button type="button" className="button button--secondary" onClick={() => void run('timer:pause', {}, t('console.timer.paused'))}>
            {t('console.timer.pause')}
          </button>
        ) : (
          <button
            type="button" className="button button--secondary" disabled={phase !== 'paused'}
            onClick={() => void run('timer:resume', {}, t('console.timer.resumed'))}
          >
            {t('console.timer.resume')}
          </button>
        )}
        <button type="button" className="button button--secondary" disabled={phase === 'idle'} onClick={() => void run('timer:adjust', { deltaMs: MINUTE }, t('console.timer.added'))}>
          {t('console.timer.plus')}
        </button>
        <button type="button" className="button button--secondary" disabled={phase === 'idle' || phase === 'done'} onClick={() => void run('timer:adjust', { deltaMs: -MINUTE }, t('console.timer.removed'))}>
          {t('console.timer.minus')}
        </button>
        <button type="button" className="button button--secondary" disabled={phase === 'idle'} onClick={() => void run('timer:reset', {}, t('console.timer.reset'))}>
          {t('console.timer.resetButton')}
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox" checked={timer.pensDown}
          onChange={(e) => void run('timer:pensDown', { enabled: e.target.checked })}
        />
        <span>{t('console.timer.pensDown')}</span>
      </label>
      <SoundToggle />
    </ConsoleSection>
  );
}
