import type { Principal } from '../../shared/roles.ts';
import type { Storage } from '../storage/Storage.ts';
import { hashToken, sameHash } from './tokens.ts';

export type AccessResult =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'unauthorized' | 'forbidden' };

/**
 * Resolves a token presented for `workshopId`. `unauthorized`: no token or one we do not
 * know; `forbidden`: a valid token of another workshop.
 */
export async function resolveToken(
  storage: Storage,
  workshopId: string,
  token: string | undefined | null,
): Promise<AccessResult> {
  if (!token || token.length > 256) return { ok: false, reason: 'unauthorized' };
  const hash = hashToken(token);
  const record = await storage.findToken(hash);
  if (!record || !sameHash(record.hash, hash)) return { ok: false, reason: 'unauthorized' };
  if (record.workshopId !== workshopId) return { ok: false, reason: 'forbidden' };
  const principal: Principal = { workshopId, role: record.role };
  if (record.groupId) principal.groupId = record.groupId;
  return { ok: true, principal };
}

/** Reads `Authorization: Bearer <token>`. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
