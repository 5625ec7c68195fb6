import type { Storage, TokenRecord } from '../storage/Storage.ts';
import type { TokenGenerations } from './tokens.ts';

/** The generations of a workshop's tokens, read from its stored records (server/auth/tokens.ts). */
export function generationsOf(records: readonly TokenRecord[]): TokenGenerations {
  const of = (role: TokenRecord['role']) => records.find((r) => r.role === role)?.generation ?? 0;
  return {
    facilitator: of('facilitator'),
    plenary: of('plenary'),
    join: of('join'),
    groups: Object.fromEntries(records.filter((r) => r.role === 'participant' && r.groupId !== null)
      .map((r) => [r.groupId as string, r.generation])),
  };
}

/** The current generations of a workshop, to derive the links below a token. */
export async function loadGenerations(storage: Storage, workshopId: string): Promise<TokenGenerations> {
  return generationsOf(await storage.listTokens(workshopId));
}
