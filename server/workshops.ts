import { randomId } from '../shared/id.ts';
import type { CreateWorkshopInput, WorkshopCreated } from '../shared/schemas/workshop.ts';
import { hashToken, newToken, tokenFamily } from './auth/tokens.ts';
import { workshopBoardUpdate, type BoardSeed } from './boardSeed.ts';
import { linksFor } from './links.ts';
import { docNameOf, type GroupRecord, type Storage, type TokenRecord } from './storage/Storage.ts';

/**
 * Creates a workshop with its groups and the whole token family; only hashes are stored.
 * `base` is the origin the links start with (e.g. http://192.168.1.20:3000).
 */
export async function createWorkshop(
  storage: Storage, input: CreateWorkshopInput, base: string, seeds?: BoardSeed[],
): Promise<WorkshopCreated> {
  const id = randomId(12);
  const groups: GroupRecord[] = input.groups.map((name, position) => ({
    id: randomId(8), workshopId: id, name, position,
  }));
  const family = tokenFamily(newToken(), groups.map((g) => g.id));
  const record = (token: string, role: TokenRecord['role'], groupId: string | null = null): TokenRecord =>
    ({ hash: hashToken(token), workshopId: id, role, groupId, generation: 0 });
  const tokens = [
    record(family.organiser, 'organiser'),
    record(family.facilitator, 'facilitator'),
    record(family.plenary, 'plenary'),
    record(family.join, 'join'),
    ...groups.map((g) => record(family.participants[g.id] ?? '', 'participant', g.id)),
  ];
  await storage.createWorkshop({ id, title: input.title, createdAt: Date.now() }, groups, tokens);
  if ((input.template ?? 'workshop') === 'workshop') {
    for (const [i, g] of groups.entries()) {
      await storage.appendUpdate(docNameOf(id, g.id), workshopBoardUpdate(seeds?.[i] ?? {}));
    }
  }
  const links = linksFor(base, id, 'organiser', family.organiser, groups.map((g) => g.id));
  return {
    id,
    title: input.title,
    groups: groups.map(({ id: gid, name }) => ({ id: gid, name })),
    tokens: family,
    links: links as WorkshopCreated['links'],
  };
}
