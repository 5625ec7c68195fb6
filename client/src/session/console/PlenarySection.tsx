import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liveActionPoints } from '../actionPointList.ts';
import { apLabel } from '../apLabel.ts';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';

/** What the beamer shows: which groups, one action point in the spotlight, the join QR code. */
export function PlenarySection() {
  const { t } = useTranslation();
  const { workshop, session, snapshot, run, links } = useConsole();
  const { revealed, spotlight, showJoinQr } = session.state.plenary;
  const isShown = (id: string) => revealed === 'all' || revealed.includes(id);
  const shownIds = workshop.groups.map((g) => g.id).filter(isShown);
  const nextHidden = workshop.groups.find((g) => !isShown(g.id));
  const spotId = useId();
  const points = liveActionPoints(snapshot);
  const spotKey = spotlight ? `${spotlight.groupId}:${spotlight.slot}` : '';
  const [choice, setChoice] = useState('');
  const chosen = points.find((p) => p.apKey === (choice || points[0]?.apKey));
  const spotPoint = points.find((p) => p.apKey === spotKey);

  const reveal = (ids: string[] | 'all', done: string) => void run('plenary:reveal', { groupIds: ids }, done);
  return (
    <ConsoleSection
      title={t('console.plenary.heading')}
      actions={<a className="button button--ghost button--small" href={links.plenary} target="_blank" rel="noopener noreferrer">
        {t('console.plenary.open')}<span className="visually-hidden"> {t('console.newTab')}</span>
      </a>}
    >
      <fieldset className="field">
        <legend className="field__label">{t('console.plenary.reveal')}</legend>
        <div className="check-list">
          {workshop.groups.map((g) => (
            <label key={g.id} className="check">
              <input
                type="checkbox" checked={isShown(g.id)}
                onChange={(e) => {
                  const ids = e.target.checked ? [...shownIds, g.id] : shownIds.filter((id) => id !== g.id);
                  reveal(ids, t(e.target.checked ? 'console.plenary.shown' : 'console.plenary.hidden', { name: g.name }));
                }}
              />
              <span>{g.name}</span>
            </label>
          ))}
        </div>
        <div className="inline-row inline-row--wrap">
          <button type="button" className="button button--primary button--small" disabled={!nextHidden}
            onClick={() => nextHidden && reveal([...shownIds, nextHidden.id], t('console.plenary.shown', { name: nextHidden.name }))}>
            {nextHidden ? t('console.plenary.revealNext', { name: nextHidden.name }) : t('console.plenary.allShown')}
          </button>
          <button type="button" className="button button--secondary button--small" disabled={revealed === 'all'} onClick={() => reveal('all', t('console.plenary.shownAll'))}>
            {t('console.plenary.revealAll')}
          </button>
          <button type="button" className="button button--secondary button--small" disabled={shownIds.length === 0} onClick={() => reveal([], t('console.plenary.hiddenAll'))}>
            {t('console.plenary.hideAll')}
          </button>
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={spotId} className="field__label">{t('console.plenary.spotlight')}</label>
        {points.length === 0 ? <p className="field__hint">{t('console.plenary.nothingToSpotlight')}</p> : (
          <div className="inline-row inline-row--wrap">
            <select id={spotId} className="input input--select" value={chosen?.apKey ?? ''} onChange={(e) => setChoice(e.target.value)}>
              {points.map((p) => <option key={p.apKey} value={p.apKey}>{apLabel(t, p)}</option>)}
            </select>
            <button type="button" className="button button--secondary button--small" disabled={!chosen || chosen.apKey === spotKey}
              onClick={() => chosen && void run('plenary:spotlight', { groupId: chosen.groupId, slot: chosen.slot }, t('console.plenary.spotlit', { title: apLabel(t, chosen) }))}>
              {t('console.plenary.spotlightButton')}
            </button>
          </div>
        )}
        {spotlight && (
          <p className="console-state">
            {t('console.plenary.spotlightOn', { title: spotPoint ? apLabel(t, spotPoint) : spotKey })}{' '}
            <button type="button" className="button button--ghost button--small" onClick={() => void run('plenary:spotlight', null, t('console.plenary.spotlightEnded'))}>
              {t('console.plenary.endSpotlight')}
            </button>
          </p>
        )}
      </div>

      <button
        type="button" className="button button--secondary" aria-pressed={showJoinQr}
        onClick={() => void run('plenary:joinQr', { show: !showJoinQr }, t(showJoinQr ? 'console.plenary.qrHidden' : 'console.plenary.qrShown'))}
      >
        {t('console.plenary.joinQr')}
      </button>
    </ConsoleSection>
  );
}
