import { useTranslation } from 'react-i18next';
import { groupOnline } from '../../control/groupPresence.ts';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';
import { GroupCard } from './GroupCard.tsx';

/** Every group at a glance, live. */
export function GroupsSection() {
  const { t } = useTranslation();
  const { workshop, members } = useConsole();
  if (workshop.groups.length === 0) {
    return <ConsoleSection title={t('groups.heading')}><p className="notice">{t('groups.none')}</p></ConsoleSection>;
  }
  return (
    <ConsoleSection title={t('groups.heading')}>
      <ul className="group-grid">
        {workshop.groups.map((g) => (
          <GroupCard
            key={g.id} group={g}
            online={groupOnline(members, g.id)}
          />
        ))}
      </ul>
    </ConsoleSection>
  );
}
