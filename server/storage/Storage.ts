/**
 * The one interface every storage backend implements (SQLite by default). Kept narrow on
 * purpose: the sync room and the REST layer see nothing else, so a Redis/PostgreSQL backend
 * only has to implement these calls and pass tests/integration/storageContract.ts.
 *
 * Calls are async so that networked backends fit (postgresStorage.ts); the SQLite adapter
 * resolves at once.
 */
export interface WorkshopRecord {
  id: string;
  title: string;
  createdAt: number;
}

export interface GroupRecord {
  id: string;
  workshopId: string;
  name: string;
  position: number;
}

export interface TokenRecord {
  /** SHA-256 of the token, hex. The token itself is never stored. */
  hash: string;
  workshopId: string;
  role: 'organiser' | 'facilitator' | 'plenary' | 'join' | 'participant';
  groupId: string | null;
  /** How often this role's (or group's) token was rotated; 0 for the first (server/auth/tokens.ts). */
  generation: number;
}

export interface StoredDoc {
  /** Updates in the order they were stored; the first may be a compacted snapshot. */
  updates: Uint8Array[];
  /** Sequence number of the last update, to pass to `compactDoc`. */
  lastSeq: number;
}

export interface Storage {
  createWorkshop(workshop: WorkshopRecord, groups: GroupRecord[], tokens: TokenRecord[]): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | undefined>;
  listGroups(workshopId: string): Promise<GroupRecord[]>;
  findToken(hash: string): Promise<TokenRecord | undefined>;
  /** Every current token record of a workshop (one per role, one per group). */
  listTokens(workshopId: string): Promise<TokenRecord[]>;
  /**
   * Rotates tokens, atomically: each given record replaces the workshop's record of the same
   * role and group, whose hash stops resolving at once (docs/api.md, "Rotating links").
   */
  replaceTokens(workshopId: string, tokens: TokenRecord[]): Promise<void>;
  countWorkshops(): Promise<number>;
  /** Every workshop, e.g. for the retention sweep (server/organiser/retention.ts). */
  listWorkshops(): Promise<WorkshopRecord[]>;
  /** Removes the workshop, its groups, tokens and documents. */
  deleteWorkshop(id: string): Promise<void>;

  /** Appends one Yjs update; resolves with its sequence number once it is durable. */
  appendUpdate(docName: string, update: Uint8Array): Promise<number>;
  /**
   * Group commit (server/yjs/GroupCommit.ts): appends the updates of several documents in one
   * transaction, all or none; resolves with the last sequence number of each entry once all
   * are durable. Optional: without it, updates are appended one by one.
   */
  appendUpdates?(batch: ReadonlyArray<{ docName: string; updates: Uint8Array[] }>): Promise<number[]>;
  loadDoc(docName: string): Promise<StoredDoc>;
  /** Atomically replaces the updates up to `uptoSeq` with one merged update. */
  compactDoc(docName: string, merged: Uint8Array, uptoSeq: number): Promise<void>;

  /** Small key/value state per workshop (e.g. timer, agenda) that must survive a restart. */
  getState(workshopId: string, key: string): Promise<string | undefined>;
  setState(workshopId: string, key: string, value: string): Promise<void>;
  /**
   * Reads and rewrites one state key atomically, one change at a time per key, also across
   * processes sharing the store: `change` gets the stored value and returns the new one, or
   * undefined to leave it. Resolves with the value stored afterwards.
   */
  updateState(
    workshopId: string, key: string, change: (current: string | undefined) => string | undefined,
  ): Promise<string | undefined>;

  close(): Promise<void>;
}

/** Document names are `<workshopId>/<groupId>`; deleting a workshop removes this prefix. */
export function docNameOf(workshopId: string, groupId: string): string {
  return `${workshopId}/${groupId}`;
}
