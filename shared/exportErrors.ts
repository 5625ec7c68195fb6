/**
 * The `error` codes of an export that could not be made (docs/api.md, "Export"): the client
 * tells "try again in a moment" (busy) from "this export is too big" (timeout, failed).
 */
export const ExportErrorCode = {
  /** 503 with Retry-After: every export worker is busy and the wait queue is full. */
  busy: 'busy',
  /** 504: the export took longer than its time budget (EXPORT_TIMEOUT_MS). */
  timeout: 'export_timeout',
  /** 500: the export worker crashed or ran out of its memory budget (EXPORT_MEMORY_MB). */
  failed: 'export_failed',
} as const;
export type ExportErrorCode = (typeof ExportErrorCode)[keyof typeof ExportErrorCode];
