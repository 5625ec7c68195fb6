import { FacilitatorConsole } from '../session/console/FacilitatorConsole.tsx';
import { RoleLinksPage } from './RoleLinksPage.tsx';

/** `/w/:id/facilitator#t=<facilitator token>`: the console that runs the room. */
export function FacilitatorPage({ workshopId }: { workshopId: string }) {
  return (
    <RoleLinksPage workshopId={workshopId} scope="facilitator" width="full" className="page--console">
      {(access, token) => <FacilitatorConsole access={access} token={token} role="facilitator" />}
    </RoleLinksPage>
  );
}
