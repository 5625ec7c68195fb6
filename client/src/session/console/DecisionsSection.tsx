import { useTranslation } from 'react-i18next';
import { liveActionPoints } from '../actionPointList.ts';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';
import { DecisionForm } from './DecisionForm.tsx';

/** The plenary's decision per action point: adopted, adopted as amended, or parked. */
export function DecisionsSection() {
  const { t } = useTranslation();
  const { snapshot } = useConsole();
  const points = liveActionPoints(snapshot);
  return (
    <ConsoleSection title={t('console.decisions.heading')}>
      {points.length === 0 ? <p className="field__hint">{t('console.decisions.empty')}</p> : (
        <ul className="decision-list">
          {points.map((ap) => <DecisionForm key={ap.apKey} ap={ap} />)}
        </ul>
      )}
    </ConsoleSection>
  );
}
