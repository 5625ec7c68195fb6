import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../shared/limits.ts';
import { RankingList } from '../RankingList.tsx';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';

/** The plenary ballot: votes per person, open and close, a new round, the live ranking. */
export function BallotSection() {
  const { t } = useTranslation();
  const { session, snapshot, run } = useConsole();
  const { ballot } = session.state;
  const votesId = useId();
  const [votes, setVotes] = useState(String(ballot.votesPerPerson));
  const n = Number(votes);
  const valid = Number.isInteger(n) && n >= 1 && n <= Limits.maxVotesPerPerson;
  // Only submitted action points are on the ballot (the server refuses other votes): say whose are not.
  const notFinal = (snapshot?.groups ?? [])
    .filter((g) => !g.submitted && g.actionPoints.some((ap) => ap.state !== 'empty')).map((g) => g.name);
  const { showResult } = session.state.plenary;
  return (
    <ConsoleSection title={t('console.ballot.heading')}>
      <p className="console-state" data-testid="ballot-state">
        {ballot.open ? t('console.ballot.open', { votes: String(ballot.votesPerPerson) }) : t('console.ballot.closed')}
        {' '}{t('console.ballot.voters', { count: ballot.voters })}
      </p>
      <div className="inline-row inline-row--wrap inline-row--end">
        <div className="field field--inline">
          <label htmlFor={votesId} className="field__label">{t('console.ballot.votesPerPerson')}</label>
          <input
            id={votesId} className="input input--short" type="number" min={1} max={Limits.maxVotesPerPerson}
            value={votes} onChange={(e) => setVotes(e.target.value)} aria-invalid={!valid} disabled={ballot.open}
          />
        </div>
        {ballot.open ? (
          <button type="button" className="button button--secondary" onClick={() => void run('ballot:set', { open: false }, t('console.ballot.closedDone'))}>
            {t('console.ballot.close')}
          </button>
        ) : (
          <button type="button" className="button button--primary" disabled={!valid}
            onClick={() => void run('ballot:set', { open: true, votesPerPerson: n }, t('console.ballot.openedDone'))}>
            {t('console.ballot.openButton')}
          </button>
        )}
        <button
          type="button" className="button button--ghost" disabled={ballot.voters === 0}
          onClick={() => {
            if (window.confirm(t('console.ballot.clearConfirm'))) void run('ballot:set', { open: ballot.open, clear: true }, t('console.ballot.cleared'));
          }}
        >
          {t('console.ballot.clear')}
        </button>
      </div>
      <p className="console-state" data-testid="ballot-final">
        {notFinal.length > 0 ? t('flow.ballot.notFinal', { groups: notFinal.join(', ') }) : t('flow.ballot.allFinal')}
      </p>
      {!ballot.open && (
        <button
          type="button" className="button button--secondary" aria-pressed={showResult} disabled={!showResult && ballot.voters === 0}
          onClick={() => void run('plenary:result', { show: !showResult }, t(showResult ? 'flow.ballot.resultHidden' : 'flow.ballot.resultShown'))}
        >
          {t('flow.ballot.showResult')}
        </button>
      )}
      {snapshot && <RankingList snapshot={snapshot} variant="console" />}
    </ConsoleSection>
  );
}
