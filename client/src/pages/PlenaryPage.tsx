import { PlenaryScreen } from '../session/plenary/PlenaryScreen.tsx';
import { RoleLinksPage } from './RoleLinksPage.tsx';

/** `/w/:id/plenary#t=<plenary token>`: the beamer view, live. */
export function PlenaryPage({ workshopId }: { workshopId: string }) {
  return (
    <RoleLinksPage workshopId={workshopId} scope="plenary" width="full" className="page--plenary">
      {(access, token) => <PlenaryScreen access={access} token={token} />}
    </RoleLinksPage>
  );
}
