import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MAX_PRESENCE_JSON, PresenceState, type PresenceRole } from '../../shared/schemas/presence.ts';

/*
 * The server's rules on presence (y-websocket awareness), issue 8 finding 5. Stock awareness
 * lets any socket set or clear any client id's state, of any size; here a socket may only set
 * and clear the states it owns (the first socket to announce a client id owns it), read-only
 * sockets announce nothing, each state is small and has the documented fields, and a socket's
 * changes are applied at most every PRESENCE_INTERVAL_MS (later ones coalesce; the room relays
 * them batched, presenceBatch.ts).
 */

/** At most this often per socket are presence changes applied and broadcast (20/s, the cursor rate). */
export const PRESENCE_INTERVAL_MS = 50;
/**
 * Client ids one socket may announce: a provider has one awareness id per document, so one; any
 * more would be people that no laptop stands for.
 */
export const MAX_IDS_PER_SOCKET = 1;

export interface PresenceEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text; `null` removes the client's presence. */
  json: string;
}

/** Reads an awareness update (y-protocols' layout); throws on malformed bytes. */
export function decodePresence(update: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: PresenceEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({
      clientId: decoding.readVarUint(decoder),
      clock: decoding.readVarUint(decoder),
      json: decoding.readVarString(decoder),
    });
  }
  return entries;
}

export function encodePresence(entries: Iterable<PresenceEntry>): Uint8Array {
  const list = [...entries];
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, list.length);
  for (const { clientId, clock, json } of list) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * A removal, or a state of the documented shape and size whose role (if any) is the one the
 * socket's token gives: a participant cannot show up as "Begeleider".
 */
export function isAcceptableState(json: string, role: PresenceRole | null = null): boolean {
  if (json === 'null') return true;
  if (json.length > MAX_PRESENCE_JSON) return false;
  try {
    const parsed = PresenceState.safeParse(JSON.parse(json));
    if (!parsed.success) return false;
    const shown = parsed.data.user?.role;
    return shown === undefined || shown === role;
  } catch {
    return false;
  }
}

/** Which socket announced each client id, across one document's room. */
export class PresenceOwners<Owner> {
  private readonly owners = new Map<number, Owner>();

  /**
   * @param isGone true for an owner whose socket has closed: a laptop that reconnects before
   *   the server noticed its old socket die takes its client id over from it.
   * @param contested told of an open owner whose id another socket claims with `entry` (to
   *   check it is alive, when the entry is newer than the room's state: see SharedDoc).
   */
  constructor(
    private readonly isGone: (owner: Owner) => boolean,
    private readonly contested: (owner: Owner, entry: PresenceEntry) => void,
  ) {}

  /**
   * The entries `owner` may apply: its own ids (claiming new ones up to the bound) with valid
   * states, showing no role but `role`. Others' ids and invalid states are left out.
   */
  filter(owner: Owner, owned: Set<number>, entries: PresenceEntry[], role: PresenceRole | null = null): PresenceEntry[] {
    return entries.filter((e) => {
      let holder = this.owners.get(e.clientId);
      if (holder !== undefined && holder !== owner && this.isGone(holder)) {
        this.owners.delete(e.clientId);
        holder = undefined;
      }
      if (holder !== undefined && holder !== owner) {
        this.contested(holder, e);
        return false;
      }
      if (!isAcceptableState(e.json, role)) return false;
      if (holder === undefined) {
        if (e.json === 'null' || owned.size >= MAX_IDS_PER_SOCKET) return false;
        this.owners.set(e.clientId, owner);
        owned.add(e.clientId);
      }
      return true;
    });
  }

  /** Frees the ids of a socket that left. */
  release(owned: Iterable<number>): void {
    for (const id of owned) this.owners.delete(id);
  }
}

/**
 * At most one release per PRESENCE_INTERVAL_MS: the first poke after a quiet interval releases
 * at once (a lone cursor is not delayed), later ones wait for the interval's end and share it.
 * The timing of both the per-socket throttle and the per-room batch (presenceBatch.ts).
 */
export class PresenceCadence {
  private lastAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly release: () => void) {}

  poke(now = Date.now()): void {
    if (this.timer) return;
    const wait = this.lastAt + PRESENCE_INTERVAL_MS - now;
    if (wait <= 0) this.fire(now);
    else this.timer = setTimeout(() => this.fire(Date.now()), wait);
  }

  private fire(now: number): void {
    this.timer = undefined;
    this.lastAt = now;
    this.release();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Holds a socket's presence changes for PRESENCE_INTERVAL_MS, keeping the latest per client id. */
export class PresenceThrottle {
  private held = new Map<number, PresenceEntry>();
  private readonly cadence = new PresenceCadence(() => {
    const entries = [...this.held.values()];
    this.held.clear();
    if (entries.length > 0) this.flush(entries);
  });

  constructor(private readonly flush: (entries: PresenceEntry[]) => void) {}

  push(entries: PresenceEntry[], now = Date.now()): void {
    for (const e of entries) this.held.set(e.clientId, e);
    this.cadence.poke(now);
  }

  stop(): void {
    this.cadence.stop();
    this.held.clear();
  }
}
