import type { Response } from 'express';
import { ExportErrorCode } from '../../shared/exportErrors.ts';
import { ExportAbortedError, ExportBusyError, ExportFailedError, ExportTimeoutError } from '../export/exportErrors.ts';
import { HttpError } from './errors.ts';

/**
 * The HTTP answer to an export worker's failure (docs/api.md, "Export"): 503 `busy` with
 * `Retry-After` when every worker is taken and the queue is full (or the export was cancelled
 * by a shutdown), 504 `export_timeout`, 500 `export_failed`. Anything else is passed on as is.
 */
export function exportFailure(err: unknown, res: Response): unknown {
  if (err instanceof ExportBusyError || err instanceof ExportAbortedError) {
    const retryAfterS = err instanceof ExportBusyError ? err.retryAfterS : 10;
    res.set('Retry-After', String(retryAfterS));
    return new HttpError(503, ExportErrorCode.busy, `Every export worker is busy; try again in ${retryAfterS} s.`);
  }
  if (err instanceof ExportTimeoutError) {
    return new HttpError(504, ExportErrorCode.timeout, `The export took longer than its limit of ${Math.round(err.budgetMs / 1000)} s and was stopped.`);
  }
  if (err instanceof ExportFailedError) {
    return new HttpError(500, ExportErrorCode.failed, err.reason === 'out_of_memory'
      ? 'The export needed more memory than it may use and was stopped.'
      : 'The export could not be made.');
  }
  return err;
}
