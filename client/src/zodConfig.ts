import { z } from 'zod';

/**
 * zod compiles fast parsers with `new Function` unless told not to, and even probing for that
 * counts as an `eval` under our CSP (no 'unsafe-eval'): the browser reports a violation on every
 * page. Jitless parsing is plenty fast for the few small replies the client validates.
 */
z.config({ jitless: true });
