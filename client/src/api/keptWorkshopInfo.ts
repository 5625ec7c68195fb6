import { WorkshopInfo } from '../../../shared/schemas/workshop.ts';
import { readStoredJson, writeStored } from '../storage/deviceStorage.ts';
import { ApiError } from './http.ts';
import { workshopApi } from './workshops.ts';

/** Per workshop and page scope (`g:<groupId>`); holds titles and group names, never a token. */
const keyOf = (workshopId: string, scope: string) => `werkbord:info:${workshopId}:${scope}`;

/**
 * `GET /api/workshops/:id`, with the last good reply kept on this device, so that a board
 * page opened while fully offline (its shell from the service worker, its notes from
 * IndexedDB) still knows its title, groups and role. This function falls back on the kept
 * reply only when the server cannot be reached at all; a refusal (a deleted workshop, a
 * rotated link) drops it. The board page also shows the kept reply while this one is on its
 * way (keptWorkshopInfo below).
 */
export async function workshopInfoKept(workshopId: string, scope: string, token: string, signal?: AbortSignal): Promise<WorkshopInfo> {
  const key = keyOf(workshopId, scope);
  try {
    const info = await workshopApi.info(workshopId, token, signal);
    writeStored(key, JSON.stringify(info));
    return info;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status !== 0) {
      if (err.status === 401 || err.status === 403 || err.status === 404) writeStored(key, null);
      throw err;
    }
    const kept = WorkshopInfo.safeParse(readStoredJson(key));
    if (!kept.success || kept.data.id !== workshopId) throw err;
    return kept.data;
  }
}

/** The reply kept on this device for a page scope, if any (read at once, no network). */
export function keptWorkshopInfo(workshopId: string, scope: string): WorkshopInfo | undefined {
  const kept = WorkshopInfo.safeParse(readStoredJson(keyOf(workshopId, scope)));
  return kept.success && kept.data.id === workshopId ? kept.data : undefined;
}

/**
 * Keeps `info` for a page scope before that page first asks: the join page knows the title and
 * groups a new participant's board will show, so the board need not wait for its own reply.
 */
export function keepWorkshopInfo(scope: string, info: WorkshopInfo): void {
  writeStored(keyOf(info.id, scope), JSON.stringify(info));
}
