import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenarySnapshot } from '../../../../shared/schemas/plenary.ts';
import { RankingList } from '../RankingList.tsx';
import { RANKING_FIT } from './fitLevels.ts';
import { useFitLevel } from './useFitLevel.ts';

/**
 * The ballot on the beamer: live while it is open, its result after closing. One column of
 * places with one bar width; the type shrinks as far as needed to show every title whole.
 */
export function BeamerRanking({ snapshot, open, voters }: { snapshot: PlenarySnapshot; open: boolean; voters: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useFitLevel(ref, RANKING_FIT, snapshot);
  return (
    <section ref={ref} className="beamer__ranking" aria-labelledby="ranking-heading" data-testid="beamer-ranking">
      <h2 id="ranking-heading" className="beamer__section-title">
        {open ? t('plenaryView.ranking') : t('flow.ballot.result')}{' '}
        <span className="beamer__voters">{t('plenaryView.voters', { count: voters })}</span>
      </h2>
      <RankingList snapshot={snapshot} variant="plenary" limit={10} />
    </section>
  );
}
