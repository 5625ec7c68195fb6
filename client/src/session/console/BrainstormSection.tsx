import { useTranslation } from 'react-i18next';
import { brainstormFor, type BrainstormState, type BrainstormStep } from '../../../../shared/schemas/brainstorm.ts';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';
import '../../board/brainstorm/brainstorm.css';

type Phase = 'idle' | 'running' | 'ended';
const phaseOf = (b: BrainstormState): Phase => (!b.active ? 'idle' : b.ended ? 'ended' : 'running');

/**
 * The silent round from the console: start, end the writing time of, and reveal a round on
 * every board at once or on one group's, with each group's state. The server keeps the state
 * (session `brainstorm`), so a reload shows it as it is.
 */
export function BrainstormSection() {
  const { t } = useTranslation();
  const { workshop, session, run } = useConsole();
  const groups = workshop.groups.map((g) => ({ ...g, phase: phaseOf(brainstormFor(session.state.brainstorm, g.id)), round: brainstormFor(session.state.brainstorm, g.id).round }));
  const active = groups.filter((g) => g.phase !== 'idle').length;
  const all = (step: BrainstormStep) => void run('brainstorm:set', { step }, t(`silentRound.console.done.${step}All`));
  const one = (step: BrainstormStep, id: string, name: string) => void run('brainstorm:set', { step, groupId: id }, t(`silentRound.console.done.${step}`, { name }));
  return (
    <ConsoleSection title={t('silentRound.console.heading')} className="brainstorm-section">
      <p className="brainstorm-section__intro">{t('silentRound.console.intro')}</p>
      <p className="console-state" data-testid="brainstorm-state" data-active={active}>
        {active === 0 ? t('silentRound.console.none') : t('silentRound.console.some', { count: active, total: groups.length })}
      </p>
      <div className="inline-row inline-row--wrap" role="group" aria-label={t('silentRound.console.allBoards')}>
        <button type="button" className="button button--primary" disabled={groups.every((g) => g.phase === 'running')} onClick={() => all('start')}>
          {t('silentRound.console.startAll')}
        </button>
        <button type="button" className="button button--secondary" disabled={!groups.some((g) => g.phase === 'running')} onClick={() => all('end')}>
          {t('silentRound.console.endAll')}
        </button>
        <button type="button" className="button button--secondary" disabled={active === 0} onClick={() => all('reveal')}>
          {t('silentRound.console.revealAll')}
        </button>
      </div>
      {groups.length > 0 && (
        <>
          <h3 className="brainstorm-section__subheading">{t('silentRound.console.perGroup')}</h3>
          <ul className="brainstorm-groups">
            {groups.map((g) => (
              <li key={g.id} className="brainstorm-group" data-group-id={g.id} data-brainstorm={g.phase}>
                <span className="brainstorm-group__name">{g.name}</span>
                <span className="brainstorm-group__state">{t(`silentRound.console.state.${g.phase}`, { round: String(g.round) })}</span>
                <div className="brainstorm-group__actions">
                  {g.phase !== 'running' && (
                    <button type="button" className="button button--secondary button--small" onClick={() => one('start', g.id, g.name)}>
                      {t(g.phase === 'ended' ? 'silentRound.console.resume' : 'silentRound.console.start')}
                      <span className="visually-hidden">: {g.name}</span>
                    </button>
                  )}
                  {g.phase === 'running' && (
                    <button type="button" className="button button--secondary button--small" onClick={() => one('end', g.id, g.name)}>
                      {t('silentRound.console.end')}<span className="visually-hidden">: {g.name}</span>
                    </button>
                  )}
                  {g.phase !== 'idle' && (
                    <button type="button" className="button button--secondary button--small" onClick={() => one('reveal', g.id, g.name)}>
                      {t('silentRound.console.reveal')}<span className="visually-hidden">: {g.name}</span>
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </ConsoleSection>
  );
}
