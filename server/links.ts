import type { WorkshopLinks } from '../shared/schemas/workshop.ts';
import type { Role } from '../shared/roles.ts';
import { FIRST_GENERATIONS, participantTokenOf, tokensBelow, type TokenGenerations } from './auth/tokens.ts';

/** Client paths of each page. The token rides in the fragment, which never reaches a server log. */
export const pagePath = {
  organiser: (id: string) => `/w/${id}/organiser`,
  facilitator: (id: string) => `/w/${id}/facilitator`,
  plenary: (id: string) => `/w/${id}/plenary`,
  join: (id: string) => `/w/${id}/join`,
  group: (id: string, groupId: string) => `/w/${id}/g/${groupId}`,
} as const;

export function link(base: string, path: string, token: string): string {
  return `${base}${path}#t=${token}`;
}

/**
 * The links that the holder of `token` (with `role`) may see: its own and those derived from
 * it. Organiser: all; facilitator: all but the organiser's; plenary: plenary and join.
 * `gen`: the workshop's token generations (rotated links), from server/auth/generations.ts.
 */
export function linksFor(
  base: string, workshopId: string, role: Role, token: string, groupIds: string[],
  gen: TokenGenerations = FIRST_GENERATIONS,
): WorkshopLinks | undefined {
  const t = tokensBelow(role, token, gen);
  if (!t.plenary || !t.join) return undefined;
  const join = t.join;
  const links: WorkshopLinks = {
    plenary: link(base, pagePath.plenary(workshopId), t.plenary),
    join: link(base, pagePath.join(workshopId), join),
  };
  if (t.organiser) links.organiser = link(base, pagePath.organiser(workshopId), t.organiser);
  if (t.facilitator) {
    links.facilitator = link(base, pagePath.facilitator(workshopId), t.facilitator);
    links.groups = Object.fromEntries(groupIds.map((g) => [
      g, link(base, pagePath.group(workshopId, g), participantTokenOf(join, g, gen.groups[g] ?? 0)),
    ]));
  }
  return links;
}
