import { Router } from 'express';
import { RotateInput, type LinksRotated } from '../../shared/schemas/organiser.ts';
import { StaleTokenError, type LinkRotation } from '../auth/linkRotation.ts';
import type { Request } from 'express';
import type { LinkBase } from '../../shared/schemas/workshop.ts';
import { linksFor } from '../links.ts';
import type { Storage } from '../storage/Storage.ts';
import { authorizer } from './authorize.ts';
import { notFound, parseOr400, unauthorized } from './errors.ts';

export interface TokenRoutesOptions {
  storage: Storage;
  /** Where links start (server/http/linkBase.ts). */
  linkBase: (req: Request) => LinkBase;
  rotation: LinkRotation;
}

/** `POST /api/workshops/:id/tokens/rotate` (docs/api.md, "Rotating links"). */
export function tokenRoutes({ storage, linkBase, rotation }: TokenRoutesOptions): Router {
  const router = Router();
  const authorize = authorizer(storage);

  router.post('/workshops/:id/tokens/rotate', async (req, res) => {
    const who = await authorize(req, 'rotateLinks');
    const target = parseOr400(RotateInput, req.body);
    const groups = await storage.listGroups(who.workshopId);
    if (target.groupId !== undefined && !groups.some((g) => g.id === target.groupId)) {
      throw notFound('No such group in this workshop.');
    }
    const plan = await rotation.rotate(who.workshopId, who.token, target).catch((err: unknown) => {
      // Another request rotated the organiser link first: this token is no longer valid.
      throw err instanceof StaleTokenError ? unauthorized() : err;
    });
    const links = linksFor(linkBase(req).base, who.workshopId, 'organiser', plan.family.organiser,
      groups.map((g) => g.id), plan.generations);
    res.json({ rotated: plan.rotated, tokens: plan.family, links: links as LinksRotated['links'] } satisfies LinksRotated);
  });

  return router;
}
