import { useTranslation } from 'react-i18next';
import type { PlenarySnapshot } from '../../../shared/schemas/plenary.ts';
import { OriginalText } from './plenary/OriginalText.tsx';
import { rankingRows } from './rankingRows.ts';

/**
 * The live ranking of the ballot: themes and action points, most votes first, each with a bar.
 * Used large on the beamer and small in the console. An amended point shows its new title, with
 * the group's own title struck through under it (rankingRows.ts).
 */
export function RankingList({ snapshot, variant, limit }: {
  snapshot: PlenarySnapshot; variant: 'console' | 'plenary'; limit?: number;
}) {
  const { t } = useTranslation();
  // The server ranks what is on the ballot only (derivePlenarySnapshot): submitted points.
  const rows = rankingRows(snapshot, limit);
  if (rows.length === 0) return <p className="ranking__empty">{t('ranking.empty')}</p>;
  return (
    // On the beamer one column of places whose bars share one track (subgrid, plenary.css).
    <ol className={`ranking ranking--${variant}`}>
      {rows.map((row, i) => (
        <li key={row.key} className="ranking__item" data-key={row.key} data-votes={row.votes} data-amended={row.replaced !== null || undefined}>
          <span className="ranking__place" aria-hidden="true">{i + 1}</span>
          <div className="ranking__body">
            <p className="ranking__title">{row.title || t('actionPoints.untitled')}</p>
            {row.replaced !== null && <OriginalText title={row.replaced} body="" className="ranking__original" />}
            <p className="ranking__origin">
              {row.origin.kind === 'theme'
                ? t('ranking.theme', { count: row.origin.count })
                : t('ranking.fromGroup', { group: row.origin.group, n: String(row.origin.n) })}
            </p>
            <div className="ranking__bar" aria-hidden="true">
              <div className="ranking__fill" style={{ width: `${row.share}%` }} />
            </div>
          </div>
          <span className="ranking__votes">{t('ranking.votes', { count: row.votes })}</span>
        </li>
      ))}
    </ol>
  );
}
