import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { RateLimitConfig } from '../config.ts';
import { clientAddress } from './clientAddress.ts';
import { HttpError, RateLimitedError, TokenRefusedError } from './errors.ts';
import { RateLimiter } from './rateLimit.ts';

/** The per-address limiters of one server; `authFailures` is shared by all three channels. */
export interface FloodLimiters {
  create: RateLimiter;
  join: RateLimiter;
  authFailures: RateLimiter;
}

export function createFloodLimiters(config: RateLimitConfig): FloodLimiters {
  return {
    create: new RateLimiter(config.create),
    join: new RateLimiter(config.join),
    authFailures: new RateLimiter(config.authFailures),
  };
}

/** Every request takes a token of `limiter` for its client address, or gets 429. */
export function limitRequests(limiter: RateLimiter): RequestHandler {
  return (req, _res, next) => {
    const taken = limiter.take(clientAddress(req));
    next(taken.ok ? undefined : new RateLimitedError(taken.retryAfterS));
  };
}

/**
 * Counts refused tokens (every 401, and a 403 for another workshop's token) per address; past
 * the limit such a refusal is answered 429 instead. Only failures count and only failures are
 * turned into 429: a valid token always passes, so one laptop with a stale link, or someone
 * guessing, cannot lock out the 300 laptops that share the venue's address. The tokens are
 * 256-bit secrets; the limit is against floods that cost us a hash and a query each, not
 * against guessing, which is hopeless anyway.
 */
export function limitAuthFailures(limiter: RateLimiter): ErrorRequestHandler {
  return (err: unknown, req, _res, next) => {
    const refused = err instanceof TokenRefusedError || (err instanceof HttpError && err.status === 401);
    if (!refused) return next(err);
    const taken = limiter.take(clientAddress(req));
    next(taken.ok ? err : new RateLimitedError(taken.retryAfterS));
  };
}
