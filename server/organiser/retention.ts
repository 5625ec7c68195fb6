import type { Logger } from '../logger.ts';
import type { Storage, WorkshopRecord } from '../storage/Storage.ts';
import { readDetails } from './details.ts';

export const DAY_MS = 86_400_000;

/**
 * When the retention sweep deletes a workshop (epoch ms): `retentionMs` after the end of its
 * date (the whole day, UTC), or after its creation when it has no date. Never sooner than
 * `retentionMs` after its creation, so that a mistyped date in the past cannot wipe a
 * workshop that is being prepared (docs/api.md, "Retention").
 */
export function deleteAfter(workshop: Pick<WorkshopRecord, 'createdAt'>, date: string, retentionMs: number): number {
  const fromCreation = workshop.createdAt + retentionMs;
  const day = date ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(day)) return fromCreation;
  return Math.max(fromCreation, day + DAY_MS + retentionMs);
}

/** The deletion moment of one stored workshop, or undefined when it does not exist. */
export async function deleteAfterOf(storage: Storage, workshopId: string, retentionMs: number): Promise<number | undefined> {
  const [workshop, details] = await Promise.all([storage.getWorkshop(workshopId), readDetails(storage, workshopId)]);
  return workshop && details ? deleteAfter(workshop, details.date, retentionMs) : undefined;
}

export interface RetentionOptions {
  storage: Storage;
  log: Logger;
  /** Deletes a workshop with every guarantee of `DELETE /api/workshops/:id` (server/organiser/eraseWorkshop.ts). */
  erase: (workshopId: string) => Promise<void>;
  retentionMs: number;
  sweepEveryMs: number;
  now?: () => number;
}

/**
 * The retention sweep: deletes every workshop past its `deleteAfter`, once now (the returned
 * `first` resolves when done) and then every `sweepEveryMs`. The timer is unref'd, so it never
 * keeps the process alive; sweeps never overlap. One workshop failing to delete is logged and
 * retried at the next sweep; the others go on.
 */
export function startRetention({ storage, log, erase, retentionMs, sweepEveryMs, now = Date.now }: RetentionOptions) {
  let running: Promise<number> | undefined;
  let stopped = false;

  async function sweepOnce(): Promise<number> {
    let deleted = 0;
    for (const workshop of await storage.listWorkshops()) {
      if (stopped) break;
      try {
        const details = await readDetails(storage, workshop.id);
        if (!details || now() < deleteAfter(workshop, details.date, retentionMs)) continue;
        await erase(workshop.id);
        deleted += 1;
        log.info({ workshopId: workshop.id }, 'workshop deleted: retention period over');
      } catch (err) {
        log.error({ err, workshopId: workshop.id }, 'retention: could not delete the workshop');
      }
    }
    return deleted;
  }

  function sweep(): Promise<number> {
    running ??= sweepOnce().finally(() => {
      running = undefined;
    });
    return running;
  }

  const first = sweep();
  const timer = setInterval(() => {
    sweep().catch((err: unknown) => log.error({ err }, 'retention sweep failed'));
  }, sweepEveryMs);
  timer.unref();

  return {
    /** The sweep at start. */
    first,
    sweep,
    /** Stops the timer and waits for a sweep under way (before storage closes). */
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
