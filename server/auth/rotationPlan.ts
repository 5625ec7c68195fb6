import type { RotateInput, RotatedToken } from '../../shared/schemas/organiser.ts';
import type { TokenRecord } from '../storage/Storage.ts';
import { generationsOf } from './generations.ts';
import { hashToken, newToken, tokenFamily, type TokenFamily, type TokenGenerations } from './tokens.ts';

export interface RotationPlan {
  family: TokenFamily;
  generations: TokenGenerations;
  /** The new records, to store with `Storage.replaceTokens`. */
  records: TokenRecord[];
  /** Hashes of the tokens that stop working. */
  revoked: string[];
  rotated: RotatedToken[];
}

/**
 * What rotating one link changes. The named token gets the next generation (the organiser, the
 * root of the chain, a new random token), and every token derived from it changes with it:
 * whoever holds the old facilitator token could otherwise still compute the plenary, join and
 * participant tokens below it, so leaving those valid would revoke nothing (docs/api.md,
 * "Rotating links"). Tokens above and beside it stay as they are, so that the organiser (and
 * every unaffected screen) keeps working and still sees every link.
 */
export function planRotation(
  workshopId: string, organiser: string, current: readonly TokenRecord[], groupIds: readonly string[],
  target: RotateInput, fresh: () => string = newToken,
): RotationPlan {
  const gen = generationsOf(current);
  const bump = (role: RotateInput['role']) => (target.role === role ? 1 : 0);
  const next: TokenGenerations = {
    facilitator: gen.facilitator + bump('facilitator'),
    plenary: gen.plenary + bump('plenary'),
    join: gen.join + bump('join'),
    groups: { ...gen.groups, ...(target.groupId ? { [target.groupId]: (gen.groups[target.groupId] ?? 0) + 1 } : {}) },
  };
  // The organiser token is the random root: rotating it means a new root, not a new label.
  const root = bump('organiser') ? fresh() : organiser;
  const family = tokenFamily(root, [...groupIds], next);
  const organiserGen = current.find((r) => r.role === 'organiser')?.generation ?? 0;
  const wanted: TokenRecord[] = [
    record(workshopId, family.organiser, 'organiser', null, organiserGen + bump('organiser')),
    record(workshopId, family.facilitator, 'facilitator', null, next.facilitator),
    record(workshopId, family.plenary, 'plenary', null, next.plenary),
    record(workshopId, family.join, 'join', null, next.join),
    ...groupIds.map((g) => record(workshopId, family.participants[g] ?? '', 'participant', g, next.groups[g] ?? 0)),
  ];
  const stored = new Map(current.map((r) => [`${r.role}/${r.groupId ?? ''}`, r.hash]));
  const records = wanted.filter((r) => stored.get(`${r.role}/${r.groupId ?? ''}`) !== r.hash);
  const revoked = records.flatMap((r) => stored.get(`${r.role}/${r.groupId ?? ''}`) ?? []);
  return {
    family, generations: next, records, revoked, rotated: records.map((r) => ({ role: r.role, groupId: r.groupId })),
  };
}

function record(
  workshopId: string, token: string, role: TokenRecord['role'], groupId: string | null, generation: number,
): TokenRecord {
  return { hash: hashToken(token), workshopId, role, groupId, generation };
}
