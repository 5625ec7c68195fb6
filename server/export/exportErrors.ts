/* Why an export worker gave no file (server/export/exportPool.ts); the route maps each to its status. */

/** Every worker is busy and the wait queue is full; try again in `retryAfterS` seconds. */
export class ExportBusyError extends Error {
  constructor(readonly retryAfterS: number) {
    super('All export workers are busy.');
    this.name = 'ExportBusyError';
  }
}

/** The export ran past its time budget; its worker was stopped. */
export class ExportTimeoutError extends Error {
  constructor(readonly budgetMs: number) {
    super(`The export took longer than ${budgetMs} ms.`);
    this.name = 'ExportTimeoutError';
  }
}

/** The worker crashed, ran out of its memory budget, or its writer threw. */
export class ExportFailedError extends Error {
  constructor(readonly reason: 'crashed' | 'out_of_memory' | 'error') {
    super(`The export worker failed (${reason}).`);
    this.name = 'ExportFailedError';
  }
}

/** Whoever asked went away (the request was closed) or the server is shutting down. */
export class ExportAbortedError extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportAbortedError';
  }
}
