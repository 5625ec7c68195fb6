import type { WorkshopInfo, WorkshopLinks } from '../../../shared/schemas/workshop.ts';
import { workshopApi } from '../api/workshops.ts';
import { useAsync, type AsyncState } from './useAsync.ts';

export interface WorkshopAccess {
  info: WorkshopInfo;
  links: WorkshopLinks;
}

/** The workshop's info and the links this token may see, loaded together. */
export function useWorkshopAccess(workshopId: string, token: string | undefined): AsyncState<WorkshopAccess> {
  return useAsync((signal) => {
    if (!token) return undefined;
    return Promise.all([
      workshopApi.info(workshopId, token, signal),
      workshopApi.links(workshopId, token, signal),
    ]).then(([info, links]) => ({ info, links }));
  }, [workshopId, token]);
}
