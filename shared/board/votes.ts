import type * as Y from 'yjs';
import { randomId } from '../id.ts';
import { Limits } from '../limits.ts';
import { BoardLimitError } from './errors.ts';
import { getItem, kindOf, stampSchemaVersion } from './itemStore.ts';
import { MetaKey, metaOf, votesOf, type ChangeOrigin, type ItemKind } from './schema.ts';

/*
 * Dot voting. Each participant has N votes per board (meta.votesPerPerson, default 3). A vote
 * is one key in the `votes` map: `${voterId}:${slot}` -> item id, with slot 0…N-1.
 *
 * - The limit is in the key space: a voter has N slots, so two tabs of one participant that
 *   vote at the same moment write the same free slot, Yjs keeps one of the two writes on
 *   every replica, and no merge can give anyone more than N counted votes. Slots >= N (left
 *   over after the facilitator lowered N, or written by a hostile client) are not counted.
 * - A slot whose item is gone is free again: deleting a note hands its votes back.
 * - Anonymity: voterId is an opaque random id that the client makes once per board and keeps
 *   locally; it is never the name and is not put in awareness. The UI shows counts only. This
 *   hides votes from people, not from software: the document is shared, so a participant who
 *   inspects it can see that one voter id voted A and B, and could link a vote to a Yjs client
 *   id whose awareness shows a name. A secret ballot would need the server to count votes; for
 *   a dot vote in a workshop room we take the shared document's simplicity and offline support.
 */

export const DEFAULT_VOTES_PER_PERSON = 3;

/** Kinds that can get votes: the items that hold an idea. */
export const VOTABLE: ReadonlySet<ItemKind> = new Set(['note', 'text', 'shape']);

/** Opaque voter ids: letters and digits only, so the `:` in a key is unambiguous. */
const VOTER_ID = /^[0-9a-z]{6,64}$/;

export type VoteResult = { ok: true } | { ok: false; reason: 'noVotesLeft' | 'notVotable' | 'badVoter' };

/** The number of votes each participant has on this board. */
export function votesPerPerson(doc: Y.Doc): number {
  const n = metaOf(doc).get(MetaKey.votesPerPerson);
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= Limits.maxVotesPerPerson
    ? n
    : DEFAULT_VOTES_PER_PERSON;
}

/**
 * Sets the votes per participant (the facilitator's call), clamped to 0…Limits.maxVotesPerPerson,
 * and drops the votes in slots that no longer count, so raising N later does not bring them back.
 */
export function setVotesPerPerson(doc: Y.Doc, n: number, origin: ChangeOrigin): void {
  if (!Number.isFinite(n)) return;
  const next = Math.max(0, Math.min(Limits.maxVotesPerPerson, Math.round(n)));
  const votes = votesOf(doc);
  const dropped: string[] = [];
  votes.forEach((_item, key) => {
    const slot = parseKey(key)?.slot;
    if (slot === undefined || slot >= next) dropped.push(key);
  });
  doc.transact(() => {
    stampSchemaVersion(doc);
    metaOf(doc).set(MetaKey.votesPerPerson, next);
    for (const key of dropped) votes.delete(key);
  }, origin);
}

function parseKey(key: string): { voter: string; slot: number } | null {
  const at = key.lastIndexOf(':');
  const voter = key.slice(0, at);
  const slotText = key.slice(at + 1);
  if (at < 0 || !VOTER_ID.test(voter) || !/^\d{1,3}$/.test(slotText)) return null;
  return { voter, slot: Number(slotText) };
}

function isVotable(doc: Y.Doc, itemId: string): boolean {
  const kind = kindOf(getItem(doc, itemId));
  return kind !== undefined && VOTABLE.has(kind);
}

/** The item in each of a voter's counted slots (undefined for a free slot). */
function slotsOf(doc: Y.Doc, voterId: string): (string | undefined)[] {
  const votes = votesOf(doc);
  const slots: (string | undefined)[] = [];
  for (let slot = 0; slot < votesPerPerson(doc); slot++) {
    const item = votes.get(`${voterId}:${slot}`);
    slots.push(typeof item === 'string' && isVotable(doc, item) ? item : undefined);
  }
  return slots;
}

/**
 * Puts one of `voterId`'s votes on an item (several on one item are allowed). Refuses when the
 * voter has no vote left, the item cannot get votes, or the voter id is malformed.
 */
export function castVote(doc: Y.Doc, voterId: string, itemId: string, origin: ChangeOrigin): VoteResult {
  if (!VOTER_ID.test(voterId)) return { ok: false, reason: 'badVoter' };
  if (!isVotable(doc, itemId)) return { ok: false, reason: 'notVotable' };
  const slot = slotsOf(doc, voterId).indexOf(undefined);
  if (slot < 0) return { ok: false, reason: 'noVotesLeft' };
  const key = `${voterId}:${slot}`;
  const votes = votesOf(doc);
  if (!votes.has(key) && votes.size >= Limits.maxVoteEntries) throw new BoardLimitError('maxVoteEntries');
  doc.transact(() => votes.set(key, itemId), origin);
  return { ok: true };
}

/** Takes back one of `voterId`'s votes on an item (the last one cast). Returns false when there was none. */
export function retractVote(doc: Y.Doc, voterId: string, itemId: string, origin: ChangeOrigin): boolean {
  const slot = slotsOf(doc, voterId).lastIndexOf(itemId);
  if (slot < 0) return false;
  doc.transact(() => votesOf(doc).delete(`${voterId}:${slot}`), origin);
  return true;
}

/** Counted votes per item: only slots below N, only on items that exist and can get votes. */
export function voteCounts(doc: Y.Doc): Map<string, number> {
  const n = votesPerPerson(doc);
  const counts = new Map<string, number>();
  votesOf(doc).forEach((item, key) => {
    const parsed = parseKey(key);
    if (!parsed || parsed.slot >= n || typeof item !== 'string' || !isVotable(doc, item)) return;
    counts.set(item, (counts.get(item) ?? 0) + 1);
  });
  return counts;
}

/** One voter's own counted votes per item, so the UI can show which dots are theirs to take back. */
export function myVotes(doc: Y.Doc, voterId: string): Map<string, number> {
  const mine = new Map<string, number>();
  for (const item of slotsOf(doc, voterId)) if (item) mine.set(item, (mine.get(item) ?? 0) + 1);
  return mine;
}

/** How many votes `voterId` can still cast. */
export function votesLeft(doc: Y.Doc, voterId: string): number {
  return slotsOf(doc, voterId).filter((item) => item === undefined).length;
}

/** Removes every vote on the board (the facilitator starts a new round). */
export function clearVotes(doc: Y.Doc, origin: ChangeOrigin): void {
  const votes = votesOf(doc);
  if (votes.size === 0) return;
  doc.transact(() => {
    for (const key of [...votes.keys()]) votes.delete(key);
  }, origin);
}

/** A fresh opaque voter id, for the client to keep per board (e.g. in localStorage). Never derive it from the name. */
export function newVoterId(): string {
  return randomId(16);
}
