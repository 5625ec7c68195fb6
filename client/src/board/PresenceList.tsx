import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from './usePresence.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1]?.[0] ?? '' : '')).toUpperCase();
}

/** Who is on this board now: a coloured avatar and a name ("Anoniem" when none) per person. */
export function PresenceList({ people }: { people: PresenceEntry[] }) {
  const { t } = useTranslation();
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="panel__title">
        {t('presence.heading', { count: people.length })}
      </h2>
      <ul className="presence__list">
        {people.map((p) => {
          const name = p.name || t('presence.anonymous');
          return (
            <li key={p.clientId} className="presence__person" data-self={p.self || undefined}>
              <span className="avatar" style={{ backgroundColor: p.color }} aria-hidden="true">{initials(p.name)}</span>
              <span className="presence__name">{name}</span>
              {p.self && <span className="presence__you">{t('presence.you')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
