import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import type { Logger } from '../logger.ts';
import { safePath } from '../logger.ts';

/** An error with an HTTP status and a stable machine-readable code; sent as JSON. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * A refusal because of the token itself (unknown, or another workshop's), as opposed to a
 * role that may not: these count against the client address's failed-authentication limit.
 */
export class TokenRefusedError extends HttpError {}

/** 429: too many requests from this address; `Retry-After` says when to try again. */
export class RateLimitedError extends HttpError {
  constructor(readonly retryAfterS: number) {
    super(429, 'rate_limited', `Too many requests; try again in ${retryAfterS} s.`);
  }
}

export const unauthorized = () => new TokenRefusedError(401, 'unauthorized', 'A valid token is required.');
export const forbidden = () => new HttpError(403, 'forbidden', 'This token may not do that.');
/** A valid token of another workshop. */
export const foreignToken = () => new TokenRefusedError(403, 'forbidden', 'This token may not do that.');
export const notFound = (what = 'Not found.') => new HttpError(404, 'not_found', what);

/** Parses `value` with `schema`, or throws a 400 that names every problem. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  throw new HttpError(400, 'invalid_request', detail);
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `No API route ${req.method} ${safePath(req.originalUrl)}.`));
};

/** The last middleware: every error becomes `{error, message}` JSON; internals are logged only. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    let httpError: HttpError;
    if (err instanceof HttpError) {
      httpError = err;
    } else if (isBodyParserError(err)) {
      httpError = err.type === 'entity.too.large'
        ? new HttpError(413, 'payload_too_large', 'The request body is too large.')
        : new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
    } else {
      log.error({ err, method: req.method, path: safePath(req.originalUrl) }, 'request failed');
      httpError = new HttpError(500, 'internal', 'Something went wrong on the server.');
    }
    if (httpError instanceof RateLimitedError) res.set('Retry-After', String(httpError.retryAfterS));
    res.status(httpError.status).json({ error: httpError.code, message: httpError.message });
  };
}

function isBodyParserError(err: unknown): err is { type: string; status: number } {
  return typeof err === 'object' && err !== null && 'type' in err && 'status' in err;
}
