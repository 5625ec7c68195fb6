import { describe, expect, it } from 'vitest';
import {
  deriveToken, facilitatorTokenOf, hashToken, joinTokenOf, newToken, participantTokenOf, plenaryTokenOf,
  sameHash, tokenFamily, tokensBelow,
} from '../../server/auth/tokens.ts';

const groups = ['g1', 'g2', 'g3'];
const base64url43 = /^[A-Za-z0-9_-]{43}$/;

describe('newToken', () => {
  it('is 32 random bytes in base64url, different every time', () => {
    const a = newToken();
    const b = newToken();
    expect(a).toMatch(base64url43);
    expect(b).toMatch(base64url43);
    expect(a).not.toBe(b);
  });
});

describe('tokenFamily: organiser -> facilitator -> plenary -> join -> participant per group', () => {
  const root = newToken();
  const family = tokenFamily(root, groups);

  it('follows the derivation chain link by link', () => {
    expect(family.organiser).toBe(root);
    expect(family.facilitator).toBe(facilitatorTokenOf(root));
    expect(family.plenary).toBe(plenaryTokenOf(family.facilitator));
    expect(family.join).toBe(joinTokenOf(family.plenary));
    expect(Object.keys(family.participants)).toEqual(groups);
    for (const g of groups) expect(family.participants[g]).toBe(participantTokenOf(family.join, g));
  });

  it('is deterministic: the same root and groups give the same family', () => {
    expect(tokenFamily(root, groups)).toEqual(family);
  });

  it('gives every role and group its own long URL-safe token', () => {
    const all = [family.organiser, family.facilitator, family.plenary, family.join, ...Object.values(family.participants)];
    expect(new Set(all).size).toBe(all.length);
    for (const t of all) expect(t).toMatch(base64url43);
  });

  it('shares no token with the family of another root', () => {
    const other = tokenFamily(newToken(), groups);
    const mine = new Set([family.organiser, family.facilitator, family.plenary, family.join, ...Object.values(family.participants)]);
    for (const t of [other.organiser, other.facilitator, other.plenary, other.join, ...Object.values(other.participants)]) {
      expect(mine.has(t)).toBe(false);
    }
  });

  it('derives with a label, so that different labels never give the same child', () => {
    expect(deriveToken(root, 'facilitator')).toBe(family.facilitator);
    expect(deriveToken(root, 'plenary')).not.toBe(deriveToken(root, 'facilitator'));
    expect(participantTokenOf(family.join, 'g1')).not.toBe(participantTokenOf(family.join, 'g2'));
  });
});

describe('tokensBelow(role, token): its own token and those below, never one above', () => {
  const f = tokenFamily(newToken(), groups);

  it('organiser: all four', () => {
    expect(tokensBelow('organiser', f.organiser)).toEqual({
      organiser: f.organiser, facilitator: f.facilitator, plenary: f.plenary, join: f.join,
    });
  });
  it('facilitator: all but the organiser', () => {
    expect(tokensBelow('facilitator', f.facilitator)).toEqual({ facilitator: f.facilitator, plenary: f.plenary, join: f.join });
  });
  it('plenary: plenary and join (the beamer shows the join QR code)', () => {
    expect(tokensBelow('plenary', f.plenary)).toEqual({ plenary: f.plenary, join: f.join });
  });
  it('join: only join', () => {
    expect(tokensBelow('join', f.join)).toEqual({ join: f.join });
  });
  it('participant and unknown roles: nothing', () => {
    expect(tokensBelow('participant', f.participants.g1!)).toEqual({});
    expect(tokensBelow('admin', f.organiser)).toEqual({});
  });
});

describe('hashToken and sameHash', () => {
  it('hashToken is a deterministic SHA-256 hex digest that differs per token', () => {
    const t = newToken();
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).toBe(hashToken(t));
    expect(hashToken(t)).not.toBe(hashToken(newToken()));
    expect(hashToken(t)).not.toContain(t);
  });

  it('sameHash is true only for equal hashes', () => {
    const a = hashToken('a');
    expect(sameHash(a, hashToken('a'))).toBe(true);
    expect(sameHash(a, hashToken('b'))).toBe(false);
    // One differing last nibble.
    expect(sameHash(a, `${a.slice(0, -1)}${a.endsWith('0') ? '1' : '0'}`)).toBe(false);
    // A different length must not throw (timingSafeEqual would) but say no.
    expect(sameHash(a, a.slice(0, 32))).toBe(false);
  });
});
