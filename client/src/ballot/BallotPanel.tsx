import { useTranslation } from 'react-i18next';
import type { PublicSessionState } from '../../../shared/schemas/session.ts';
import type { ControlSocket } from '../control/controlChannel.ts';
import { useAnnouncer } from '../hooks/useAnnouncer.ts';
import { BallotBody } from './BallotBody.tsx';
import { useBallot } from './useBallot.ts';

/**
 * The plenary ballot on a participant's laptop: every group's action points, one vote more or
 * less on each, and how many votes are left. The server holds the limit; this only shows it.
 */
export function BallotPanel({ socket, workshopId, session }: {
  socket: ControlSocket | undefined; workshopId: string; session: PublicSessionState;
}) {
  const { t } = useTranslation();
  const { votesPerPerson } = session.ballot;
  const { items, mine, left, vote } = useBallot(socket, workshopId, session.ballot.open, votesPerPerson);
  const [announcement, announce] = useAnnouncer();
  const themeTitle = (id: string | null) => session.themes.find((th) => th.id === id)?.title;

  async function cast(apKey: string, title: string, delta: 1 | -1) {
    const outcome = await vote(apKey, delta);
    if (outcome.ok) {
      announce(t(delta > 0 ? 'ballot.voted' : 'ballot.unvoted', { title, count: outcome.left }));
    } else {
      announce(t(`ballot.errors.${outcome.error === 'conflict' ? 'conflict' : outcome.error === 'offline' || outcome.error === 'timeout' ? 'offline' : 'other'}`));
    }
  }

  return (
    <div className="ballot">
      <p className="ballot__left" data-testid="votes-left">
        {t('ballot.left', { count: left, total: String(votesPerPerson) })}
      </p>
      {items.length === 0 ? <p className="notice">{t('ballot.empty')}</p> : (
        <ul className="ballot__list">
          {items.map((item) => {
            const mineHere = mine[item.apKey] ?? 0;
            const title = item.title || t('actionPoints.untitled');
            const theme = themeTitle(item.themeId);
            return (
              <li key={item.apKey} className="ballot-item" data-ap-key={item.apKey}>
                <div className="ballot-item__text">
                  <p className="ballot-item__group">
                    {t('ballot.from', { group: item.groupName, n: String(item.slot + 1) })}
                    {theme && <span className="ballot-item__theme"> · {t('ballot.inTheme', { title: theme })}</span>}
                  </p>
                  <p className="ballot-item__title">{title}</p>
                  {item.body && <BallotBody text={item.body} title={title} />}
                </div>
                <div className="ballot-item__vote" role="group" aria-label={t('ballot.votesFor', { title })}>
                  <button
                    type="button" className="button button--secondary button--icon" aria-disabled={mineHere === 0}
                    onClick={() => (mineHere === 0 ? announce(t('ballot.noneHere', { title })) : void cast(item.apKey, title, -1))}
                  >
                    <span aria-hidden="true">−</span><span className="visually-hidden">{t('ballot.remove', { title })}</span>
                  </button>
                  <span className="ballot-item__mine" data-testid="my-votes">
                    <span aria-hidden="true">{mineHere}</span>
                    <span className="visually-hidden">{t('ballot.mine', { count: mineHere })}</span>
                  </span>
                  <button
                    type="button" className="button button--primary button--icon" aria-disabled={left === 0}
                    onClick={() => (left === 0 ? announce(t('ballot.errors.conflict')) : void cast(item.apKey, title, 1))}
                  >
                    <span aria-hidden="true">+</span><span className="visually-hidden">{t('ballot.add', { title })}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </div>
  );
}
