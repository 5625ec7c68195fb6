import { Router } from 'express';
import { BoardLimitError } from '../../shared/board/errors.ts';
import {
  CaseInput, DetailsPatch, type CaseTexts, type DetailsReply, type WorkshopDeleted, type WorkshopDetails,
} from '../../shared/schemas/organiser.ts';
import { readCaseText, writeCaseText } from '../organiser/caseText.ts';
import { readDetails, updateDetails } from '../organiser/details.ts';
import { deleteAfterOf } from '../organiser/retention.ts';
import type { Storage } from '../storage/Storage.ts';
import type { WorkshopEvents } from '../workshopEvents.ts';
import type { DocManager } from '../yjs/DocManager.ts';
import { authorizer } from './authorize.ts';
import { HttpError, notFound, parseOr400 } from './errors.ts';

export interface OrganiserRoutesOptions {
  storage: Storage;
  docs: DocManager;
  /** Removes every trace of the workshop (server/organiser/eraseWorkshop.ts). */
  erase: (workshopId: string) => Promise<void>;
  /** How long a workshop is kept after its date, for `deleteAfter` (server/organiser/retention.ts). */
  retentionMs: number;
  /** Told when the title changes, so that every open screen shows the new one. */
  events: WorkshopEvents;
}

/**
 * The organiser's REST calls (docs/api.md, "Organiser"): details (with the retention date),
 * case texts, delete.
 * Order of checks as everywhere: token and role, then the body's schema, then the change.
 */
export function organiserRoutes({ storage, docs, erase, retentionMs, events }: OrganiserRoutesOptions): Router {
  const router = Router();
  const authorize = authorizer(storage);

  /** The details with the moment the retention sweep deletes the workshop. */
  async function reply(workshopId: string, details: WorkshopDetails | undefined): Promise<DetailsReply> {
    const when = details && await deleteAfterOf(storage, workshopId, retentionMs);
    if (!details || when === undefined) throw notFound('No such workshop.');
    return { ...details, deleteAfter: when };
  }

  router.get('/workshops/:id/details', async (req, res) => {
    const who = await authorize(req, 'readDetails');
    res.json(await reply(who.workshopId, await readDetails(storage, who.workshopId)));
  });

  router.patch('/workshops/:id', async (req, res) => {
    const who = await authorize(req, 'editDetails');
    const patch = parseOr400(DetailsPatch, req.body);
    const before = await readDetails(storage, who.workshopId);
    const details = await updateDetails(storage, who.workshopId, patch);
    if (details && before && details.title !== before.title) events.emit('titleChanged', who.workshopId, details.title, 'local');
    res.json(await reply(who.workshopId, details));
  });

  router.get('/workshops/:id/cases', async (req, res) => {
    const who = await authorize(req, 'editCaseCard');
    const groups = await storage.listGroups(who.workshopId);
    const cases = await Promise.all(groups.map(async (g) => ({
      groupId: g.id, name: g.name, text: await readCaseText(docs, who.workshopId, g.id),
    })));
    res.json({ cases } satisfies CaseTexts);
  });

  router.put('/workshops/:id/groups/:groupId/case', async (req, res) => {
    const who = await authorize(req, 'editCaseCard');
    const groupId = String(req.params.groupId);
    const { text } = parseOr400(CaseInput, req.body);
    const groups = await storage.listGroups(who.workshopId);
    if (!groups.some((g) => g.id === groupId)) throw notFound('No such group in this workshop.');
    try {
      await writeCaseText(docs, who.workshopId, groupId, text);
    } catch (err) {
      if (err instanceof BoardLimitError) throw new HttpError(409, 'conflict', `The board is full (${err.limit}).`);
      throw err;
    }
    res.json({ groupId, text });
  });

  router.delete('/workshops/:id', async (req, res) => {
    const who = await authorize(req, 'deleteWorkshop');
    await erase(who.workshopId);
    res.json({ id: who.workshopId, deleted: true } satisfies WorkshopDeleted);
  });

  return router;
}
