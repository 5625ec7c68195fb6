import { ManageWorkshop } from './ManageWorkshop.tsx';
import { RoleLinksPage } from './RoleLinksPage.tsx';

/** `/w/:id/facilitator#t=<facilitator token>`: links and boards; phases, timer and locks come later. */
export function FacilitatorPage({ workshopId }: { workshopId: string }) {
  return (
    <RoleLinksPage workshopId={workshopId} scope="facilitator">
      {(access, token) => <ManageWorkshop access={access} token={token} role="facilitator" />}
    </RoleLinksPage>
  );
}
