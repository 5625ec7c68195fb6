import { useTranslation } from 'react-i18next';
import { useTimerSound } from './useTimerSignal.ts';

/** Turns the sound at zero on or off for this device (off by default). */
export function SoundToggle({ className = 'button--secondary' }: { className?: string }) {
  const { t } = useTranslation();
  const [on, setOn] = useTimerSound();
  return (
    <button
      type="button" className={`button button--small ${className}`}
      aria-pressed={on} onClick={() => setOn(!on)}
    >
      {t('timer.sound')}
    </button>
  );
}
