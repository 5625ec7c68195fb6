import { useTranslation } from 'react-i18next';
import type { PlenarySnapshot, RankEntry } from '../../../shared/schemas/plenary.ts';

function entryKey(entry: RankEntry): string {
  return entry.kind === 'theme' ? `theme:${entry.themeId}` : entry.apKey;
}

/**
 * The live ranking of the ballot: themes and action points, most votes first, each with a bar.
 * Used large on the beamer and small in the console.
 */
export function RankingList({ snapshot, variant, limit }: {
  snapshot: PlenarySnapshot; variant: 'console' | 'plenary'; limit?: number;
}) {
  const { t } = useTranslation();
  // The server ranks what is on the ballot only (derivePlenarySnapshot): submitted points.
  const entries = snapshot.ranking.slice(0, limit);
  const max = Math.max(1, ...entries.map((e) => e.votes));
  const groupName = (id: string) => snapshot.groups.find((g) => g.id === id)?.name ?? '';
  if (entries.length === 0) return <p className="ranking__empty">{t('ranking.empty')}</p>;
  return (
    // On the beamer one column of places whose bars share one track (subgrid, plenary.css).
    <ol className={`ranking ranking--${variant}`}>
      {entries.map((entry, i) => {
        const origin = entry.kind === 'theme'
          ? t('ranking.theme', { count: entry.apKeys.length })
          : t('ranking.fromGroup', { group: groupName(entry.groupId), n: String(entry.slot + 1) });
        return (
          <li key={entryKey(entry)} className="ranking__item" data-key={entryKey(entry)} data-votes={entry.votes}>
            <span className="ranking__place" aria-hidden="true">{i + 1}</span>
            <div className="ranking__body">
              <p className="ranking__title">{entry.title || t('actionPoints.untitled')}</p>
              <p className="ranking__origin">{origin}</p>
              <div className="ranking__bar" aria-hidden="true">
                <div className="ranking__fill" style={{ width: `${(100 * entry.votes) / max}%` }} />
              </div>
            </div>
            <span className="ranking__votes">{t('ranking.votes', { count: entry.votes })}</span>
          </li>
        );
      })}
    </ol>
  );
}
