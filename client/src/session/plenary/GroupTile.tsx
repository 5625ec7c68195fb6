import { useTranslation } from 'react-i18next';
import type { PlenaryGroup } from '../../../../shared/schemas/plenary.ts';
import { DecisionBadge } from './DecisionBadge.tsx';
import { OriginalText } from './OriginalText.tsx';

/**
 * One group on the beamer: its name, whether it submitted, and (once the facilitator revealed
 * it) its two action points in type that can be read from the back of the room.
 */
export function GroupTile({ group, spotlitKey }: { group: PlenaryGroup; spotlitKey: string | null }) {
  const { t } = useTranslation();
  const headingId = `tile-${group.id}`;
  return (
    <section
      className={`tile${group.revealed ? '' : ' tile--hidden'}${group.submitted ? ' tile--submitted' : ''}`}
      aria-labelledby={headingId} data-group-id={group.id} data-submitted={group.submitted || undefined}
    >
      <div className="tile__head">
        <h2 id={headingId} className="tile__name">{group.name}</h2>
        {group.submitted && (
          <span className="submitted-mark" data-testid="submitted-mark">
            <span aria-hidden="true">✓ </span>{t('plenaryView.submitted')}
          </span>
        )}
      </div>
      {group.revealed ? (
        <ol className="tile__points">
          {group.actionPoints.map((ap) => (
            <li
              key={ap.apKey} className={`tile__point${ap.apKey === spotlitKey ? ' tile__point--spotlit' : ''}`}
              data-ap-key={ap.apKey} data-state={ap.state}
            >
              <span className="tile__number" aria-hidden="true">{ap.slot + 1}</span>
              <div className="tile__text">
                {ap.state === 'empty' ? (
                  <p className="tile__empty">{t('plenaryView.empty')}</p>
                ) : ap.decision?.status === 'amended' && ap.decision.text ? (
                  <>
                    <p className="tile__title tile__amended" data-testid="amended-text">{ap.decision.text}</p>
                    <OriginalText title={ap.title || t('actionPoints.untitled')} body={ap.body} className="tile__original" />
                    <DecisionBadge decision={ap.decision} />
                  </>
                ) : (
                  <>
                    <p className="tile__title">{ap.title || t('actionPoints.untitled')}</p>
                    {ap.body && <p className="tile__body">{ap.body}</p>}
                    <DecisionBadge decision={ap.decision} />
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="tile__waiting">{t('plenaryView.notRevealed')}</p>
      )}
    </section>
  );
}
