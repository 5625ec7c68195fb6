import { z } from 'zod';
import { resolve } from 'node:path';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  ADMIN_TOKEN: z.string().min(1).optional(),
  /** Base of the links the server hands out, when it sits behind a proxy (https://…). */
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  /** Create the demo workshop on a fresh data folder. */
  DEMO: z.enum(['0', '1']).default('1'),
  /** Milliseconds a document stays loaded after its last client left. */
  DOC_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  /** Where the built client lives. */
  CLIENT_DIR: z.string().default('./dist/client'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  adminToken: string | undefined;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  sqliteSynchronous: 'normal' | 'full';
  demo: boolean;
  docUnloadMs: number;
  clientDir: string;
}

/** Parses the environment once, at start; a bad value stops the server with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`PORT=`) means "unset", not 0. Not so for ADMIN_TOKEN: an empty one is
  // a mistake that must not silently open workshop creation to everyone.
  const given = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => v !== '' || k === 'ADMIN_TOKEN'),
  );
  const parsed = Env.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    adminToken: e.ADMIN_TOKEN,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    demo: e.DEMO === '1',
    docUnloadMs: e.DOC_UNLOAD_MS,
    clientDir: resolve(e.CLIENT_DIR),
  };
}
