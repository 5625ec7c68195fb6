import { ManageWorkshop } from './ManageWorkshop.tsx';
import { RoleLinksPage } from './RoleLinksPage.tsx';

/** `/w/:id/organiser#t=<organiser token>`: links and boards; export and delete come later. */
export function OrganiserPage({ workshopId }: { workshopId: string }) {
  return (
    <RoleLinksPage workshopId={workshopId} scope="organiser">
      {(access, token) => <ManageWorkshop access={access} token={token} role="organiser" />}
    </RoleLinksPage>
  );
}
