import { useTranslation } from 'react-i18next';
import type { Group, WorkshopLinks } from '../../../shared/schemas/workshop.ts';
import { LinkCard } from './LinkCard.tsx';

/**
 * Every link the holder may see, each with a copy button and a QR code: the role links first,
 * then one per group. Links the server did not send (the role may not see them) are left out.
 */
export function WorkshopLinkList({ links, groups }: { links: WorkshopLinks; groups: Group[] }) {
  const { t } = useTranslation();
  return (
    <div className="link-list">
      <section className="link-list__section" aria-labelledby="role-links-heading">
        <h2 id="role-links-heading">{t('links.roleLinks')}</h2>
        <div className="link-list__grid">
          {links.organiser && (
            <LinkCard
              title={t('links.organiser.title')} description={t('links.organiser.description')}
              url={links.organiser} openLabel={t('links.organiser.open')} tone="sensitive"
            />
          )}
          {links.facilitator && (
            <LinkCard
              title={t('links.facilitator.title')} description={t('links.facilitator.description')}
              url={links.facilitator} openLabel={t('links.facilitator.open')}
            />
          )}
          <LinkCard
            title={t('links.plenary.title')} description={t('links.plenary.description')}
            url={links.plenary} openLabel={t('links.plenary.open')}
          />
          <LinkCard
            title={t('links.join.title')} description={t('links.join.description')}
            url={links.join} openLabel={t('links.join.open')}
          />
        </div>
      </section>
      {links.groups && (
        <section className="link-list__section" aria-labelledby="group-links-heading">
          <h2 id="group-links-heading">{t('links.groupLinks')}</h2>
          <p className="section-hint">{t('links.groupLinksHint')}</p>
          <div className="link-list__grid">
            {groups.map((g) => {
              const url = links.groups?.[g.id];
              return url ? (
                <LinkCard
                  key={g.id} title={g.name} description={t('links.group.description')}
                  url={url} openLabel={t('links.group.open', { name: g.name })}
                />
              ) : null;
            })}
          </div>
        </section>
      )}
    </div>
  );
}
