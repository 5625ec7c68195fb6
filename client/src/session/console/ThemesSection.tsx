import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../shared/limits.ts';
import { findActionPoint, liveActionPoints } from '../actionPointList.ts';
import { apLabel } from '../apLabel.ts';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';

/** Merges duplicate action points into one theme (their origins are kept), and splits it again. */
export function ThemesSection() {
  const { t } = useTranslation();
  const { snapshot, run } = useConsole();
  const titleId = useId();
  const [selected, setSelected] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const points = liveActionPoints(snapshot);
  const themes = snapshot?.themes ?? [];
  const canMerge = selected.length >= 2 && title.trim().length > 0;

  return (
    <ConsoleSection title={t('console.themes.heading')}>
      {themes.length > 0 && (
        <ul className="theme-list">
          {themes.map((theme) => (
            <li key={theme.id} className="theme">
              <p className="theme__title">{theme.title} <span className="theme__votes">{t('ranking.votes', { count: theme.votes })}</span></p>
              <ul className="theme__members">
                {theme.apKeys.map((key) => {
                  const ap = findActionPoint(snapshot, key);
                  return <li key={key}>{ap ? apLabel(t, ap) : key}</li>;
                })}
              </ul>
              <button type="button" className="button button--secondary button--small" onClick={() => void run('theme:split', { themeId: theme.id }, t('console.themes.split', { title: theme.title }))}>
                {t('console.themes.splitButton')}<span className="visually-hidden">: {theme.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {points.length < 2 ? <p className="field__hint">{t('console.themes.tooFew')}</p> : (
        <form
          className="form form--tight"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!canMerge) return;
            const reply = await run('theme:merge', { apKeys: selected, title: title.trim() }, t('console.themes.merged', { title: title.trim() }));
            if (reply.ok) {
              setSelected([]);
              setTitle('');
            }
          }}
        >
          <fieldset className="field">
            <legend className="field__label">{t('console.themes.pick')}</legend>
            <div className="check-list">
              {points.map((ap) => (
                <label key={ap.apKey} className="check">
                  <input
                    type="checkbox" checked={selected.includes(ap.apKey)}
                    onChange={(e) => setSelected(e.target.checked ? [...selected, ap.apKey] : selected.filter((k) => k !== ap.apKey))}
                  />
                  <span>{apLabel(t, ap)}{ap.themeId && <span className="theme__in"> {t('console.themes.inTheme')}</span>}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={titleId} className="field__label">{t('console.themes.title')}</label>
            <input id={titleId} className="input" type="text" maxLength={Limits.actionTitleLength} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="inline-row">
            <button type="submit" className="button button--primary button--small" disabled={!canMerge}>{t('console.themes.merge')}</button>
          </div>
        </form>
      )}
    </ConsoleSection>
  );
}
