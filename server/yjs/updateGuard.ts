import * as Y from 'yjs';

/*
 * Which root types of a document an incoming update would change, found without applying it.
 * The server uses it for updates it does not apply (a read-only or locked socket), to tell a
 * real change (after which the socket has diverged) from an empty sync step 2. Updates it does
 * apply are judged by what their transaction changed instead (transactionJudge.ts).
 *
 * An encoded item names its parent only when it has no neighbours: as a root name (string) or
 * as the id of the item that holds the parent type. Otherwise the parent is that of its left
 * (`origin`) or right (`rightOrigin`) neighbour. So we follow those ids, through the server's
 * document or through the update itself, until we reach a root.
 */

/** `null` stands for "could not tell" (the update depends on structs we do not have). */
export type TouchedRoot = string | null;

type Found = Y.Item | TouchedRoot | undefined;

/** The roots changed by `update`, judged against `doc` (the server's copy, not yet updated). */
export function rootsTouchedBy(doc: Y.Doc, update: Uint8Array): Set<TouchedRoot> {
  const { structs, ds } = Y.decodeUpdate(update);
  const store = doc.store;
  const known = (client: number) => Y.getState(store, client);

  // The update's own items by client, in clock order, to look ids up in.
  const own = new Map<number, Y.Item[]>();
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue; // GC and Skip carry no content and no parent.
    const list = own.get(s.id.client) ?? [];
    list.push(s);
    own.set(s.id.client, list);
  }
  for (const list of own.values()) list.sort((a, b) => a.id.clock - b.id.clock);

  const inUpdate = (id: Y.ID): Y.Item | undefined => {
    const list = own.get(id.client) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (id.clock < s.id.clock) hi = mid - 1;
      else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
      else return s;
    }
    return undefined;
  };

  /** The root of the item with `id`: resolved for a stored item, the item itself for a new one. */
  const lookup = (id: Y.ID): Found => {
    if (id.clock < known(id.client)) {
      const stored = Y.getItem(store, id) as Y.Item | Y.GC;
      return stored instanceof Y.Item ? rootOfStored(stored) : null;
    }
    return inUpdate(id);
  };

  const cache = new Map<Y.Item, TouchedRoot>();
  const rootOfNew = (start: Y.Item): TouchedRoot => {
    const chain: Y.Item[] = [];
    const seen = new Set<Y.Item>();
    let current: Y.Item | undefined = start;
    let root: TouchedRoot = null;
    while (current) {
      const cached = cache.get(current);
      if (cached !== undefined) {
        root = cached;
        break;
      }
      if (seen.has(current)) break; // A cycle only a hand-made update can hold: "could not tell".
      seen.add(current);
      chain.push(current);
      const parent = current.parent as unknown;
      if (typeof parent === 'string') {
        root = parent;
        break;
      }
      const ref: Y.ID | null = parent instanceof Y.ID ? parent : (current.origin ?? current.rightOrigin);
      const found: Found = ref ? lookup(ref) : null;
      if (found instanceof Y.Item) {
        current = found;
        continue;
      }
      root = found ?? null;
      break;
    }
    for (const item of chain) cache.set(item, root);
    return root;
  };

  const roots = new Set<TouchedRoot>();
  for (const list of own.values()) {
    for (const item of list) {
      // Structs the server has already (a resent sync step 2) change nothing.
      if (item.id.clock + item.length <= known(item.id.client)) continue;
      roots.add(rootOfNew(item));
    }
  }
  for (const [client, deletes] of ds.clients) {
    for (const { clock, len } of deletes) {
      for (const root of rootsOfDeletion(store, client, clock, clock + len)) roots.add(root);
      for (const item of own.get(client) ?? []) {
        if (item.id.clock < clock + len && clock < item.id.clock + item.length) roots.add(rootOfNew(item));
      }
    }
  }
  return roots;
}

/** The roots of stored, not yet deleted items in [from, to) of `client`. */
function rootsOfDeletion(store: Y.Doc['store'], client: number, from: number, to: number): TouchedRoot[] {
  const structs = store.clients.get(client);
  if (!structs || from >= Y.getState(store, client)) return [];
  const roots: TouchedRoot[] = [];
  for (let i = Y.findIndexSS(structs, from); i < structs.length; i++) {
    const s = structs[i]!;
    if (s.id.clock >= to) break;
    if (s instanceof Y.Item && !s.deleted) roots.push(rootOfStored(s));
  }
  return roots;
}

/** The root of an item in the document: up through the types that hold it. */
function rootOfStored(item: Y.Item): TouchedRoot {
  let type = item.parent as Y.AbstractType<unknown> | null;
  while (type?._item) type = type._item.parent as Y.AbstractType<unknown> | null;
  if (!type) return null;
  try {
    return Y.findRootTypeKey(type);
  } catch {
    return null;
  }
}

/** True when `update` would change `doc` at all (an empty sync step 2 does not). */
export function changesAnything(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    return rootsTouchedBy(doc, update).size > 0;
  } catch {
    return true;
  }
}
