import { describe, expect, it } from 'vitest';
import { generationsOf } from '../../server/auth/generations.ts';
import { RevokedTokens } from '../../server/auth/revokedTokens.ts';
import { planRotation } from '../../server/auth/rotationPlan.ts';
import { hashToken, newToken, tokenFamily, tokensBelow } from '../../server/auth/tokens.ts';
import type { TokenRecord } from '../../server/storage/Storage.ts';

const W = 'w1';
const groups = ['g1', 'g2'];

/** The stored records of a fresh workshop (generation 0 everywhere), as createWorkshop stores them. */
function freshRecords(organiser: string): TokenRecord[] {
  const f = tokenFamily(organiser, groups);
  const r = (token: string, role: TokenRecord['role'], groupId: string | null = null): TokenRecord =>
    ({ hash: hashToken(token), workshopId: W, role, groupId, generation: 0 });
  return [r(f.organiser, 'organiser'), r(f.facilitator, 'facilitator'), r(f.plenary, 'plenary'), r(f.join, 'join'),
    ...groups.map((g) => r(f.participants[g]!, 'participant', g))];
}

/** Applies a plan's records to the stored ones, as Storage.replaceTokens does. */
function apply(current: TokenRecord[], records: TokenRecord[]): TokenRecord[] {
  const key = (r: TokenRecord) => `${r.role}/${r.groupId}`;
  const replaced = new Set(records.map(key));
  return [...current.filter((r) => !replaced.has(key(r))), ...records];
}

describe('planRotation: the rotated token and everything derived from it', () => {
  const organiser = newToken();
  const before = freshRecords(organiser);
  const old = tokenFamily(organiser, groups);

  it.each([
    ['facilitator', ['facilitator', 'plenary', 'join', 'participant/g1', 'participant/g2']],
    ['plenary', ['plenary', 'join', 'participant/g1', 'participant/g2']],
    ['join', ['join', 'participant/g1', 'participant/g2']],
  ] as const)('%s: replaces %j and keeps the organiser', (role, replaced) => {
    const plan = planRotation(W, organiser, before, groups, { role });
    expect(plan.rotated.map((r) => (r.groupId ? `${r.role}/${r.groupId}` : r.role))).toEqual(replaced);
    expect(plan.family.organiser).toBe(organiser);
    expect(plan.revoked).toHaveLength(replaced.length);
    // The old hashes of exactly those records go.
    expect(new Set(plan.revoked)).toEqual(new Set(before.filter((r) => replaced.includes((r.groupId ? `${r.role}/${r.groupId}` : r.role) as never)).map((r) => r.hash)));
    // The new family still derives link by link: the holder of each new token sees the same links below.
    const below = tokensBelow('organiser', organiser, plan.generations);
    expect(below).toEqual({ organiser, facilitator: plan.family.facilitator, plenary: plan.family.plenary, join: plan.family.join });
  });

  it('one group: only that participant token, with the next generation', () => {
    const plan = planRotation(W, organiser, before, groups, { role: 'participant', groupId: 'g2' });
    expect(plan.rotated).toEqual([{ role: 'participant', groupId: 'g2' }]);
    expect(plan.records[0]!.generation).toBe(1);
    expect(plan.family.participants.g1).toBe(old.participants.g1);
    expect(plan.family.participants.g2).not.toBe(old.participants.g2);
  });

  it('the organiser: a new random root, so every token changes', () => {
    const plan = planRotation(W, organiser, before, groups, { role: 'organiser' }, () => 'nieuwe-wortel');
    expect(plan.family.organiser).toBe('nieuwe-wortel');
    expect(plan.rotated).toHaveLength(6);
  });

  it('rotating twice gives a third token, never an earlier one, and the generations are read back', () => {
    const first = planRotation(W, organiser, before, groups, { role: 'join' });
    const stored = apply(before, first.records);
    expect(generationsOf(stored)).toEqual({ facilitator: 0, plenary: 0, join: 1, groups: { g1: 0, g2: 0 } });
    const second = planRotation(W, organiser, stored, groups, { role: 'join' });
    expect(new Set([old.join, first.family.join, second.family.join]).size).toBe(3);
    expect(generationsOf(apply(stored, second.records)).join).toBe(2);
  });

  it('generation 0 derives exactly as before rotation existed', () => {
    expect(tokenFamily(organiser, groups, generationsOf(before))).toEqual(old);
  });
});

describe('RevokedTokens', () => {
  it('remembers a revoked hash for a while, then forgets it', () => {
    let now = 1000;
    const revoked = new RevokedTokens(60_000, () => now);
    revoked.add(['a', 'b']);
    expect(revoked.has('a')).toBe(true);
    expect(revoked.has('c')).toBe(false);
    now += 60_001;
    expect(revoked.has('a')).toBe(false);
  });
});
