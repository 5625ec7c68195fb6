/**
 * The ids this person has selected. Immutable snapshots (a new Set per change) so React can read
 * it with useSyncExternalStore; the canvas redraws on every change.
 */
export class SelectionStore {
  private ids: ReadonlySet<string> = new Set();
  private readonly listeners = new Set<() => void>();

  get = (): ReadonlySet<string> => this.ids;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }

  set(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size === this.ids.size && [...next].every((id) => this.ids.has(id))) return;
    this.ids = next;
    for (const l of this.listeners) l();
  }

  toggle(id: string): void {
    const next = new Set(this.ids);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.set(next);
  }

  clear(): void {
    this.set([]);
  }

  /** Drops ids that no longer exist (deleted here or by someone else). */
  prune(exists: (id: string) => boolean): void {
    if ([...this.ids].some((id) => !exists(id))) this.set([...this.ids].filter(exists));
  }
}
