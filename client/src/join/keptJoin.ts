import { digest } from 'lib0/hash/sha256';
import { z } from 'zod';
import { readStoredJson, writeStored } from '../storage/deviceStorage.ts';
import { keptJoinKey } from './keptJoinKey.ts';

/**
 * The join this device made last in a workshop: which group, the participant token the server
 * gave for it, and a fingerprint of the join link's token. Opening the same join link again
 * then goes straight back to that board (join/resumeJoin.ts); a new join link (rotated) has
 * another fingerprint and gets the group choice.
 */
const KeptJoin = z.object({ joinKey: z.string(), groupId: z.string().min(1), token: z.string().min(1) });
export type KeptJoin = z.infer<typeof KeptJoin>;

/**
 * Only a fingerprint of the join token is stored: that token opens every group's board, while
 * the device needs no more than its own group's. SHA-256 in JavaScript (lib0), because
 * `crypto.subtle` is missing on a venue server reached over plain http by its LAN address.
 */
function fingerprint(joinToken: string): string {
  const bytes = digest(new TextEncoder().encode(`werkbord-join:${joinToken}`));
  return btoa(String.fromCharCode(...bytes));
}

/** The kept join of `workshopId` made with this join token, if any (no network). */
export function keptJoin(workshopId: string, joinToken: string): KeptJoin | undefined {
  const kept = KeptJoin.safeParse(readStoredJson(keptJoinKey(workshopId)));
  return kept.success && kept.data.joinKey === fingerprint(joinToken) ? kept.data : undefined;
}

/** Keeps a join the server confirmed (`POST …/join`); replaces the one kept before. */
export function keepJoin(workshopId: string, joinToken: string, joined: { groupId: string; token: string }): void {
  const kept: KeptJoin = { joinKey: fingerprint(joinToken), groupId: joined.groupId, token: joined.token };
  writeStored(keptJoinKey(workshopId), JSON.stringify(kept));
}

/** Drops the kept join: the server refused it, so the next visit asks the server first. */
export function forgetJoin(workshopId: string): void {
  writeStored(keptJoinKey(workshopId), null);
}
