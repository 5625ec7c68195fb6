import { Router, type Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { CreateWorkshopInput, JoinInput, type LinkBase, type WorkshopInfo } from '../../shared/schemas/workshop.ts';
import { bearerToken } from '../auth/access.ts';
import { loadGenerations } from '../auth/generations.ts';
import { participantTokenOf, tokensBelow } from '../auth/tokens.ts';
import { link, linksFor, pagePath } from '../links.ts';
import { currentTitle } from '../organiser/details.ts';
import type { Storage } from '../storage/Storage.ts';
import { createWorkshop } from '../workshops.ts';
import { authorizer } from './authorize.ts';
import { HttpError, forbidden, notFound, parseOr400 } from './errors.ts';

export interface WorkshopRoutesOptions {
  storage: Storage;
  adminToken: string | undefined;
  /** Where links start (server/http/linkBase.ts). */
  linkBase: (req: Request) => LinkBase;
}

/** REST API of workshops: create, info, links, join. See docs/api.md. */
export function workshopRoutes({ storage, adminToken, linkBase }: WorkshopRoutesOptions): Router {
  const router = Router();
  const baseOf = (req: Request) => linkBase(req).base;

  // Where the links will point, before any workshop exists: the home page warns about localhost.
  router.get('/link-base', (req, res) => {
    res.json(linkBase(req));
  });

  const authorize = authorizer(storage);

  router.post('/workshops', async (req, res) => {
    if (adminToken !== undefined && !sameSecret(bearerToken(req.get('authorization')), adminToken)) {
      throw new HttpError(401, 'unauthorized', 'Creating a workshop needs the admin token.');
    }
    const input = parseOr400(CreateWorkshopInput, req.body);
    res.status(201).json(await createWorkshop(storage, input, baseOf(req)));
  });

  router.get('/workshops/:id', async (req, res) => {
    const who = await authorize(req, 'readWorkshop');
    const workshop = await storage.getWorkshop(who.workshopId);
    if (!workshop) throw notFound('No such workshop.');
    const groups = await storage.listGroups(workshop.id);
    const info: WorkshopInfo = {
      id: workshop.id,
      // The title as the organiser last set it, not the one it was created with.
      title: (await currentTitle(storage, workshop.id)) ?? workshop.title,
      groups: groups.map((g) => ({ id: g.id, name: g.name })),
      role: who.role,
    };
    if (who.groupId) info.groupId = who.groupId;
    res.json(info);
  });

  router.get('/workshops/:id/links', async (req, res) => {
    const who = await authorize(req, 'readLinks');
    const groups = await storage.listGroups(who.workshopId);
    const gen = await loadGenerations(storage, who.workshopId);
    res.json(linksFor(baseOf(req), who.workshopId, who.role, who.token, groups.map((g) => g.id), gen));
  });

  router.post('/workshops/:id/join', async (req, res) => {
    const who = await authorize(req, 'joinGroup');
    const { groupId } = parseOr400(JoinInput, req.body);
    const groups = await storage.listGroups(who.workshopId);
    if (!groups.some((g) => g.id === groupId)) throw notFound('No such group in this workshop.');
    const gen = await loadGenerations(storage, who.workshopId);
    const join = tokensBelow(who.role, who.token, gen).join;
    if (!join) throw forbidden();
    const token = participantTokenOf(join, groupId, gen.groups[groupId] ?? 0);
    res.json({ groupId, token, link: link(baseOf(req), pagePath.group(who.workshopId, groupId), token) });
  });

  return router;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
