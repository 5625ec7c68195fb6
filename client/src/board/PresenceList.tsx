import { useTranslation } from 'react-i18next';
import { initials } from '../../../shared/presence/initials.ts';
import { unnamedLabel } from './presenceLabel.ts';
import type { PresenceEntry } from './usePresence.ts';

interface Props {
  people: PresenceEntry[];
  /** When given, each other person gets a "Volg" toggle that follows their view on the canvas. */
  onFollow?: (clientId: number | null) => void;
  following?: number | null;
}

/** Who is on this board now: a coloured avatar and a name ("Anoniem" when none) per person. */
export function PresenceList({ people, onFollow, following = null }: Props) {
  const { t } = useTranslation();
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="panel__title">
        {t('presence.heading', { count: people.length })}
      </h2>
      <ul className="presence__list">
        {people.map((p) => {
          const name = p.name || unnamedLabel(t, p.role);
          const followed = following === p.clientId;
          return (
            <li key={p.clientId} className="presence__person" data-self={p.self || undefined}>
              <span className="avatar" style={{ backgroundColor: p.color }} aria-hidden="true">{initials(p.name || (p.role ? name : '')) || '?'}</span>
              <span className="presence__name">{name}</span>
              {p.name && p.role && <span className="presence__role">({unnamedLabel(t, p.role)})</span>}
              {p.self && <span className="presence__you">{t('presence.you')}</span>}
              {onFollow && !p.self && (
                <button
                  type="button" className="button button--small button--ghost presence__follow" aria-pressed={followed}
                  onClick={() => onFollow(followed ? null : p.clientId)}
                >
                  <span aria-hidden="true">{t('presence.follow')}</span>
                  <span className="visually-hidden">{t('canvas.follow.follow', { name })}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
