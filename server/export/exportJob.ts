import type { BoardSnapshot } from '../../shared/board/views.ts';
import type { ExportData, ExportGroup } from './exportData.ts';

/*
 * What an export worker renders (server/export/exportWorker.ts), as plain data: the views read
 * from the board documents on the main thread, structured-cloned into the worker. Never a
 * Y.Doc: it cannot cross threads, and the live one must stay with its room.
 */

export type ExportJob =
  | { kind: 'pdf' | 'docx'; data: ExportData }
  | { kind: 'svg'; title: string; heading: { workshop: string; group: string }; board: BoardSnapshot };

export type ExportKind = ExportJob['kind'];

/** What the worker is told at start (its `workerData`). */
export interface ExportWorkerData {
  /** URL of exportWorker.ts, loaded by exportWorkerBoot.mjs once tsx is registered (unused when built). */
  entry: string;
  kind: ExportKind;
}

/**
 * Main thread → worker, in this order: `job` (for pdf and docx without its groups), one `group`
 * per group, `end`. Each message is cloned on its own, with a turn of the event loop between:
 * one message with 24 full boards would hold the main thread for over a second.
 */
export type ToWorker =
  | { type: 'job'; job: ExportJob }
  | { type: 'group'; group: ExportGroup }
  | { type: 'end' };

/** Worker → main thread. `bytes` is transferred, not copied. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'failed'; name: string; stack: string[] };

/** The messages that carry `job` into a worker. */
export function jobMessages(job: ExportJob): ToWorker[] {
  if (job.kind === 'svg') return [{ type: 'job', job }, { type: 'end' }];
  const { groups, ...rest } = job.data;
  return [
    { type: 'job', job: { kind: job.kind, data: { ...rest, groups: [] } } },
    ...groups.map((group): ToWorker => ({ type: 'group', group })),
    { type: 'end' },
  ];
}

/**
 * The renderer for `kind`, imported on demand so that a worker loads only its own writer (pdf-lib
 * and its font, or docx). Runs in the worker.
 */
export async function rendererFor(kind: ExportKind): Promise<(job: ExportJob) => Promise<Uint8Array>> {
  switch (kind) {
    case 'pdf': {
      const { reportPdf } = await import('./reportPdf.ts');
      return async (job) => reportPdf(dataOf(job));
    }
    case 'docx': {
      const { covenantDocx } = await import('./covenantDocx.ts');
      return async (job) => covenantDocx(dataOf(job));
    }
    case 'svg': {
      const { boardSvg } = await import('./boardSvg.ts');
      return async (job) => {
        if (job.kind !== 'svg') throw new TypeError(`an svg worker got a ${job.kind} job`);
        return new TextEncoder().encode(boardSvg(job.board, { title: job.title, heading: job.heading }));
      };
    }
  }
}

function dataOf(job: ExportJob): ExportData {
  if (job.kind === 'svg') throw new TypeError('a report worker got an svg job');
  return job.data;
}
