import { useTranslation } from 'react-i18next';
import type { PlenarySnapshot } from '../../../../shared/schemas/plenary.ts';
import { findActionPoint } from '../actionPointList.ts';
import { usePartyName } from '../../actionPoints/usePartyName.ts';
import { DecisionBadge } from './DecisionBadge.tsx';
import { OriginalText } from './OriginalText.tsx';

/** One action point large over the whole screen, as the facilitator chose in the console. */
export function SpotlightView({ snapshot }: { snapshot: PlenarySnapshot }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const spot = snapshot.spotlight;
  const ap = spot ? findActionPoint(snapshot, `${spot.groupId}:${spot.slot}`) : undefined;
  if (!ap) return null;
  const parties = [...ap.parties.map(partyName), ...(ap.otherParty.trim() ? [ap.otherParty.trim()] : [])];
  const amended = ap.decision?.status === 'amended' ? ap.decision.text : undefined;
  return (
    <section className="beamer-overlay spotlight" aria-labelledby="spotlight-title" data-ap-key={ap.apKey}>
      <p className="spotlight__origin">{t('ranking.fromGroup', { group: ap.groupName, n: String(ap.slot + 1) })}</p>
      {amended ? (
        <>
          <h2 id="spotlight-title" className="spotlight__title spotlight__amended-text">{amended}</h2>
          <OriginalText title={ap.title || t('actionPoints.untitled')} body={ap.body} className="spotlight__original" />
        </>
      ) : (
        <>
          <h2 id="spotlight-title" className="spotlight__title">{ap.title || t('actionPoints.untitled')}</h2>
          {ap.body && <p className="spotlight__body">{ap.body}</p>}
        </>
      )}
      <dl className="spotlight__facts">
        {parties.length > 0 && <div><dt>{t('actionPoints.fields.parties')}</dt><dd>{parties.join(', ')}</dd></div>}
        {ap.lead && <div><dt>{t('actionPoints.fields.lead')}</dt><dd>{partyName(ap.lead)}</dd></div>}
        {ap.timeframe && <div><dt>{t('plenaryView.timeframe')}</dt><dd>{ap.timeframe}</dd></div>}
        {ap.votes > 0 && <div><dt>{t('plenaryView.votes')}</dt><dd>{ap.votes}</dd></div>}
      </dl>
      <DecisionBadge decision={ap.decision} />
    </section>
  );
}
