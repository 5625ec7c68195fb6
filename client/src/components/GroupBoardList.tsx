import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/schemas/workshop.ts';
import type { PresenceMember } from '../../../shared/schemas/control.ts';
import { groupOnline } from '../control/groupPresence.ts';
import { Link } from '../router/Link.tsx';

/**
 * The groups of a workshop, each with a link that opens its board and how many people are on
 * it now. `hrefOf` gives the board URL with the token this viewer should use.
 */
export function GroupBoardList({ groups, hrefOf, members }: {
  groups: Group[]; hrefOf: (groupId: string) => string | undefined; members?: PresenceMember[];
}) {
  const { t } = useTranslation();
  if (groups.length === 0) return <p className="notice">{t('groups.none')}</p>;
  return (
    <ul className="group-list">
      {groups.map((g) => {
        const href = hrefOf(g.id);
        const online = members && groupOnline(members, g.id);
        return (
          <li key={g.id} className="group-list__item">
            <span className="group-list__name">{g.name}</span>
            {online !== undefined && (
              <span className="group-list__online">{t('groups.online', { count: online })}</span>
            )}
            {href && (
              <Link className="button button--secondary button--small" href={href}>
                {t('groups.openBoard')}<span className="visually-hidden">: {g.name}</span>
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
