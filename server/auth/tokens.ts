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

/**
 * How often each derived token was rotated (0: never). Rotating a token bumps its generation,
 * which changes the label it is derived with, and so the token itself and everything derived
 * from it (docs/api.md, "Rotating links"). Generations are not secret: without the parent
 * token they give nothing. They are stored with the token hashes (Storage.listTokens).
 */
export interface TokenGenerations {
  facilitator: number;
  plenary: number;
  join: number;
  /** Per group id; a missing group is at 0. */
  groups: Readonly<Record<string, number>>;
}

export const FIRST_GENERATIONS: TokenGenerations = { facilitator: 0, plenary: 0, join: 0, groups: {} };

/** Generation 0 keeps the original labels, so that links issued before rotation existed stay valid. */
function label(name: string, generation: number): string {
  return generation === 0 ? name : `${name}#${generation}`;
}

export function facilitatorTokenOf(organiser: string, generation = 0): string {
  return deriveToken(organiser, label('facilitator', generation));
}
export function plenaryTokenOf(facilitator: string, generation = 0): string {
  return deriveToken(facilitator, label('plenary', generation));
}
export function joinTokenOf(plenary: string, generation = 0): string {
  return deriveToken(plenary, label('join', generation));
}
export function participantTokenOf(join: string, groupId: string, generation = 0): string {
  return deriveToken(join, label(`group:${groupId}`, generation));
}

export function tokenFamily(
  organiser: string, groupIds: string[], gen: TokenGenerations = FIRST_GENERATIONS,
): TokenFamily {
  const facilitator = facilitatorTokenOf(organiser, gen.facilitator);
  const plenary = plenaryTokenOf(facilitator, gen.plenary);
  const join = joinTokenOf(plenary, gen.join);
  return {
    organiser,
    facilitator,
    plenary,
    join,
    participants: Object.fromEntries(groupIds.map((g) => [g, participantTokenOf(join, g, gen.groups[g] ?? 0)])),
  };
}

/** The tokens that the holder of `token` (with `role`) can derive, itself included. */
export function tokensBelow(
  role: string, token: string, gen: TokenGenerations = FIRST_GENERATIONS,
): Partial<Omit<TokenFamily, 'participants'>> {
  switch (role) {
    case 'organiser': {
      const facilitator = facilitatorTokenOf(token, gen.facilitator);
      const plenary = plenaryTokenOf(facilitator, gen.plenary);
      return { organiser: token, facilitator, plenary, join: joinTokenOf(plenary, gen.join) };
    }
    case 'facilitator': {
      const plenary = plenaryTokenOf(token, gen.plenary);
      return { facilitator: token, plenary, join: joinTokenOf(plenary, gen.join) };
    }
    case 'plenary':
      return { plenary: token, join: joinTokenOf(token, gen.join) };
    case 'join':
      return { join: token };
    default:
      return {};
  }
}
