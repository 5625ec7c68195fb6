import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new root secret: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Derives a child token from a parent one. The chain is organiser -> facilitator -> plenary ->
 * join -> one participant token per group, so that whoever holds a token can show the links
 * below it (the facilitator every link but the organiser's; the plenary the join QR code) and
 * the join link can hand out group tokens, while the server keeps only hashes. The plenary
 * reaching the join link is by design: the beamer shows it as a QR code. See docs/api.md.
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
export function participantTokenOf(join: string, groupId: string): string {
  return deriveToken(join, `group:${groupId}`);
}

export function tokenFamily(organiser: string, groupIds: string[]): TokenFamily {
  const facilitator = facilitatorTokenOf(organiser);
  const plenary = plenaryTokenOf(facilitator);
  const join = joinTokenOf(plenary);
  return {
    organiser,
    facilitator,
    plenary,
    join,
    participants: Object.fromEntries(groupIds.map((g) => [g, participantTokenOf(join, g)])),
  };
}

/** The tokens that the holder of `token` (with `role`) can derive, itself included. */
export function tokensBelow(role: string, token: string): Partial<Omit<TokenFamily, 'participants'>> {
  switch (role) {
    case 'organiser': {
      const facilitator = facilitatorTokenOf(token);
      const plenary = plenaryTokenOf(facilitator);
      return { organiser: token, facilitator, plenary, join: joinTokenOf(plenary) };
    }
    case 'facilitator': {
      const plenary = plenaryTokenOf(token);
      return { facilitator: token, plenary, join: joinTokenOf(plenary) };
    }
    case 'plenary':
      return { plenary: token, join: joinTokenOf(token) };
    case 'join':
      return { join: token };
    default:
      return {};
  }
}
