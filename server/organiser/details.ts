import { DEFAULT_COVENANT_SUBJECT, WorkshopDetails, type DetailsPatch } from '../../shared/schemas/organiser.ts';
import type { Storage } from '../storage/Storage.ts';

/** Key of the details JSON in the workshop's state (Storage.getState/setState). */
export const DETAILS_STATE_KEY = 'details';

/**
 * The workshop's details as the organiser set them (title, date, place, description, place of
 * signing, covenant subject). The title starts as the one the workshop was created with; a
 * changed title lives here, because the storage interface keeps the created title read-only
 * (see docs/api.md, "Organiser"). A record stored before a field existed reads that field's
 * default, so no migration is needed. Returns undefined for an unknown workshop.
 */
export async function readDetails(storage: Storage, workshopId: string): Promise<WorkshopDetails | undefined> {
  const workshop = await storage.getWorkshop(workshopId);
  if (!workshop) return undefined;
  const fallback: WorkshopDetails = {
    title: workshop.title, date: '', place: '', description: '', signingPlace: '', covenantSubject: DEFAULT_COVENANT_SUBJECT,
  };
  const raw = await storage.getState(workshopId, DETAILS_STATE_KEY);
  if (raw === undefined) return fallback;
  const parsed = WorkshopDetails.partial().safeParse(safeJson(raw));
  // An unreadable record is treated as unset; the next PATCH overwrites it.
  return parsed.success ? { ...fallback, ...parsed.data } : fallback;
}

/** The workshop's title as it is now (the organiser may have changed it); undefined: no such workshop. */
export async function currentTitle(storage: Storage, workshopId: string): Promise<string | undefined> {
  return (await readDetails(storage, workshopId))?.title;
}

/** Applies `patch` and stores the whole record; resolves with it (undefined: no such workshop). */
export async function updateDetails(
  storage: Storage, workshopId: string, patch: DetailsPatch,
): Promise<WorkshopDetails | undefined> {
  const current = await readDetails(storage, workshopId);
  if (!current) return undefined;
  const next: WorkshopDetails = {
    title: patch.title ?? current.title,
    date: patch.date ?? current.date,
    place: patch.place ?? current.place,
    description: patch.description ?? current.description,
    signingPlace: patch.signingPlace ?? current.signingPlace,
    covenantSubject: patch.covenantSubject ?? current.covenantSubject,
  };
  await storage.setState(workshopId, DETAILS_STATE_KEY, JSON.stringify(next));
  return next;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
