import { useTranslation } from 'react-i18next';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';

/** Locks of every board, and the action-point step. */
export function BoardsSection() {
  const { t } = useTranslation();
  const { session, run } = useConsole();
  const { locks, actionStepOpen, plenary } = session.state;
  // Opening the step without showing the groups leaves the beamer on "not shown yet": offer it.
  const offerReveal = actionStepOpen && plenary.revealed !== 'all' && plenary.revealed.length === 0;
  const anyLocked = locks.all || locks.groups.length > 0;
  return (
    <ConsoleSection title={t('console.boards.heading')}>
      <p className="console-state" data-testid="action-step-state">
        {actionStepOpen ? t('console.boards.stepOpen') : t('console.boards.stepClosed')}
      </p>
      <div className="inline-row inline-row--wrap">
        <button
          type="button" className={`button ${actionStepOpen ? 'button--secondary' : 'button--primary'}`}
          onClick={() => void run('actionStep:set', { open: !actionStepOpen },
            t(actionStepOpen ? 'console.boards.stepClosedDone' : 'console.boards.stepOpenedDone'))}
        >
          {actionStepOpen ? t('console.boards.closeStep') : t('console.boards.openStep')}
        </button>
      </div>
      {offerReveal && (
        <div className="console-offer" data-testid="offer-reveal">
          <p className="console-state">{t('flow.step.offerReveal')}</p>
          <button type="button" className="button button--primary button--small"
            onClick={() => void run('plenary:reveal', { groupIds: 'all' }, t('console.plenary.shownAll'))}>
            {t('flow.step.revealAll')}
          </button>
        </div>
      )}
      <p className="console-state" data-testid="lock-state">
        {locks.all ? t('console.locks.allLocked')
          : locks.groups.length > 0 ? t('console.locks.someLocked', { count: locks.groups.length })
            : t('console.locks.noneLocked')}
      </p>
      <div className="inline-row inline-row--wrap">
        <button type="button" className="button button--secondary" disabled={locks.all} onClick={() => void run('lock:set', { groupId: null, locked: true }, t('console.locks.lockedAll'))}>
          {t('console.locks.lockAll')}
        </button>
        <button type="button" className="button button--secondary" disabled={!anyLocked} onClick={() => void run('lock:set', { groupId: null, locked: false }, t('console.locks.unlockedAll'))}>
          {t('console.locks.unlockAll')}
        </button>
      </div>
    </ConsoleSection>
  );
}
