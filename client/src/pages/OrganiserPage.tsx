import { OrganiserWorkshop } from '../organiser/OrganiserWorkshop.tsx';
import { RoleLinksPage } from './RoleLinksPage.tsx';

/**
 * `/w/:id/organiser#t=<organiser token>`: details, groups and cases, links, table cards,
 * exports of action points and boards, and deleting the workshop (client/src/organiser).
 */
export function OrganiserPage({ workshopId }: { workshopId: string }) {
  return (
    <RoleLinksPage workshopId={workshopId} scope="organiser">
      {(access, token) => <OrganiserWorkshop access={access} token={token} />}
    </RoleLinksPage>
  );
}
