import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new root secret: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Derives a child token from a parent one. The organiser token is the root; the others follow
 * from it, so that whoever holds a token can show the links below it (the facilitator the
 * plenary, join and group links; the plenary the join link for its QR code) while the server
 * keeps only hashes. See docs/api.md, "Tokens".
 */
export function deriveToken(parent: string, label: string): string {
  return createHmac('sha256', parent).update(`werkbord:${label}`).digest('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison of two hex hashes. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The whole family of tokens of one workshop, derived from its organiser token. */
export interface TokenFamily {
  organiser: string;
  facilitator: string;
  plenary: string;
  join: string;
  participants: Record<string, string>;
}

export function facilitatorTokenOf(organiser: string): string {
  return deriveToken(organiser, 'facilitator');
}
export function plenaryTokenOf(facilitator: string): string {
  return deriveToken(facilitator, 'plenary');
}
export function joinTokenOf(plenary: string): string {
  return deriveToken(plenary, 'join');
}
export function participantTokenOf(facilitator: string, groupId: string): string {
  return deriveToken(facilitator, `group:${groupId}`);
}

export function tokenFamily(organiser: string, groupIds: string[]): TokenFamily {
  const facilitator = facilitatorTokenOf(organiser);
  const plenary = plenaryTokenOf(facilitator);
  return {
    organiser,
    facilitator,
    plenary,
    join: joinTokenOf(plenary),
    participants: Object.fromEntries(groupIds.map((g) => [g, participantTokenOf(facilitator, g)])),
  };
}
