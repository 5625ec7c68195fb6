import { ballotItemsOf, derivePlenarySnapshot } from '../../shared/plenary.ts';
import type { BallotItems, PlenarySnapshot } from '../../shared/schemas/plenary.ts';
import type { SessionState } from '../../shared/schemas/session.ts';
import type { Logger } from '../logger.ts';
import { docNameOf } from '../storage/Storage.ts';
import type { DocHold, DocManager } from '../yjs/DocManager.ts';
import { KeyedThrottle } from './throttle.ts';

/** At most one snapshot per workshop per this many ms (the beamer needs "within a second"). */
export const PLENARY_INTERVAL_MS = 200;

export interface WorkshopMeta {
  id: string;
  title: string;
  groups: { id: string; name: string }[];
}

export interface PlenaryOutput {
  snapshot: PlenarySnapshot;
  ballot: BallotItems;
}

export interface PlenaryAggregatorOptions {
  docs: DocManager;
  log: Logger;
  workshop: (workshopId: string) => Promise<WorkshopMeta | undefined>;
  session: (workshopId: string) => Promise<SessionState>;
  /** Told only of what changed since the last call for that workshop. */
  publish: (workshopId: string, changed: Partial<PlenaryOutput>) => void;
  intervalMs?: number;
}

/**
 * Keeps the plenary snapshot of every watched workshop (one with a plenary, facilitator or
 * organiser connected) up to date: its group documents stay loaded, and each stored update
 * or session change schedules one throttled recomputation of that workshop only.
 */
export class PlenaryAggregator {
  private readonly watched = new Map<string, { count: number; holds: Promise<DocHold[]> }>();
  private readonly last = new Map<string, { snapshot: string; ballot: string }>();
  private readonly latestOutput = new Map<string, PlenaryOutput>();
  private readonly throttle: KeyedThrottle;

  constructor(private readonly options: PlenaryAggregatorOptions) {
    this.throttle = new KeyedThrottle(
      options.intervalMs ?? PLENARY_INTERVAL_MS,
      (workshopId) => this.refresh(workshopId),
      (err, workshopId) => options.log.error({ err, workshopId }, 'plenary snapshot failed'),
    );
  }

  /** Starts (or joins) watching; resolves once the group documents are loaded. */
  async watch(workshopId: string): Promise<void> {
    let entry = this.watched.get(workshopId);
    if (!entry) {
      entry = { count: 0, holds: this.holdAll(workshopId) };
      this.watched.set(workshopId, entry);
    }
    entry.count++;
    await entry.holds;
  }

  /** Stops one watcher; the last one lets the documents unload. */
  unwatch(workshopId: string): void {
    const entry = this.watched.get(workshopId);
    if (!entry || --entry.count > 0) return;
    this.watched.delete(workshopId);
    this.throttle.cancel(workshopId);
    this.last.delete(workshopId);
    this.latestOutput.delete(workshopId);
    void entry.holds.then((holds) => holds.forEach((h) => h.release()));
  }

  private async holdAll(workshopId: string): Promise<DocHold[]> {
    try {
      const meta = await this.options.workshop(workshopId);
      return await Promise.all((meta?.groups ?? []).map((g) => this.options.docs.hold(docNameOf(workshopId, g.id))));
    } catch (err) {
      // Watching without holds still works: each snapshot then loads what it needs.
      this.options.log.error({ err, workshopId }, 'could not hold the group documents');
      return [];
    }
  }

  /** A group document stored an update (DocManager's onStored). */
  docStored(docName: string): void {
    this.changed(docName.slice(0, docName.indexOf('/')));
  }

  /** Something the snapshot depends on changed (a document or the session). */
  changed(workshopId: string): void {
    if (this.watched.has(workshopId)) this.throttle.schedule(workshopId);
  }

  /** Computes the snapshot and the ballot list now, from the documents as they are. */
  async compute(workshopId: string): Promise<PlenaryOutput | undefined> {
    const meta = await this.options.workshop(workshopId);
    if (!meta) return undefined;
    const holds = await Promise.all(meta.groups.map((g) => this.options.docs.hold(docNameOf(workshopId, g.id))));
    try {
      const session = await this.options.session(workshopId);
      const boards = Object.fromEntries(holds.map((h, i) => [meta.groups[i]!.id, h.doc.doc]));
      const snapshot = derivePlenarySnapshot({ workshop: meta, boards, session });
      const output = { snapshot, ballot: ballotItemsOf(snapshot, session.ballot) };
      this.latestOutput.set(workshopId, output);
      return output;
    } finally {
      for (const h of holds) h.release();
    }
  }

  private async refresh(workshopId: string): Promise<void> {
    if (!this.watched.has(workshopId)) return;
    const output = await this.compute(workshopId);
    if (!output || !this.watched.has(workshopId)) return;
    const json = { snapshot: JSON.stringify(output.snapshot), ballot: JSON.stringify(output.ballot) };
    const before = this.last.get(workshopId);
    this.last.set(workshopId, json);
    const changed: Partial<PlenaryOutput> = {};
    if (json.snapshot !== before?.snapshot) changed.snapshot = output.snapshot;
    if (json.ballot !== before?.ballot) changed.ballot = output.ballot;
    if (changed.snapshot || changed.ballot) this.options.publish(workshopId, changed);
  }

  /** The last computed output, if any (it may lag the documents by one throttle interval). */
  latest(workshopId: string): PlenaryOutput | undefined {
    return this.latestOutput.get(workshopId);
  }

  isWatched(workshopId: string): boolean {
    return this.watched.has(workshopId);
  }

  close(): void {
    this.throttle.close();
    for (const [workshopId, entry] of this.watched) {
      entry.count = 1;
      this.unwatch(workshopId);
    }
  }
}
