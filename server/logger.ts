import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Tokens travel in `Authorization` headers and in the query string of
 * `/yjs` and `/socket.io`; we never log either, and redact them should they slip into an object.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['token', '*.token', 'auth.token', 'headers.authorization', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  });
}

/** A request path without its query string, safe to log. */
export function safePath(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}
