import * as z from 'zod';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  ADMIN_TOKEN: z.string().min(1).optional(),
  /** Base of the links the server hands out, when it sits behind a proxy (https://…). */
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  /** Milliseconds between the starts of two board-update commits at most while busy; 0: none (server/yjs/GroupCommit.ts). */
  COMMIT_WINDOW_MS: z.coerce.number().min(0).max(50).default(0),
  /** Create the demo workshop on a fresh data folder. */
  DEMO: z.enum(['0', '1']).default('1'),
  /** Milliseconds a document stays loaded after its last client left. */
  DOC_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  /** Milliseconds a board socket's updates may wait for missing dependencies before it must resync. */
  PENDING_UPDATE_MS: z.coerce.number().int().min(10).default(10_000),
  /** Where the built client lives. */
  CLIENT_DIR: z.string().default('./dist/client'),
  /** Days a workshop is kept after its date (or its creation); fractions allowed, 0: next sweep. */
  RETENTION_DAYS: z.coerce.number().min(0).max(36_500).default(30),
  /** Minutes between retention sweeps (one also runs at start). */
  RETENTION_SWEEP_MINUTES: z.coerce.number().min(0.001).max(1440).default(60),
  // Flood limits (issue 8, finding 8); per client address, 0 turns one off. Generous enough
  // for 300 laptops behind one venue NAT: see docs/api.md, "Limits".
  RATE_LIMIT_CREATE_PER_MIN: z.coerce.number().int().min(0).default(60),
  RATE_LIMIT_JOIN_PER_MIN: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_AUTH_FAILURES_PER_MIN: z.coerce.number().int().min(0).default(120),
  /** Unknown, invalid or forbidden control events one socket may send per minute. */
  CONTROL_BAD_EVENTS_PER_MIN: z.coerce.number().int().min(1).default(50),
  /** Time for a request's headers and for a board socket's admission. */
  UPGRADE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  MAX_BOARD_SOCKETS: z.coerce.number().int().min(1).default(4000),
  MAX_BOARD_SOCKETS_PER_BOARD: z.coerce.number().int().min(1).default(200),
  /**
   * permessage-deflate on board sockets, once per room (server/yjs/roomDeflate.ts): ~115
   * instead of ~250 bytes per delivered edit at about the same server CPU (docs/benchmarks.md).
   */
  WS_COMPRESSION: z.enum(['0', '1']).default('1'),
  /** Comma-separated origins allowed on /yjs and /socket.io besides our own; `*`: any. */
  ALLOWED_ORIGINS: z.string().optional(),
  // Exports rendered in worker threads (issue 8, finding 7; docs/api.md, "Export").
  EXPORT_WORKERS: z.coerce.number().int().min(1).max(64).default(Math.min(4, availableParallelism())),
  EXPORT_QUEUE: z.coerce.number().int().min(0).default(8),
  EXPORT_TIMEOUT_MS: z.coerce.number().int().min(1).default(180_000),
  EXPORT_MEMORY_MB: z.coerce.number().int().min(16).default(768),
  // Scale-out (docs/operations.md): both unset, one process with embedded SQLite.
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL').optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'a redis:// URL').optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  adminToken: string | undefined;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  sqliteSynchronous: 'normal' | 'full';
  /** The group commit's window (server/yjs/GroupCommit.ts). */
  commitWindowMs: number;
  demo: boolean;
  docUnloadMs: number;
  pendingUpdateMs: number;
  clientDir: string;
  /** Milliseconds a workshop is kept after its date (server/organiser/retention.ts). */
  retentionMs: number;
  retentionSweepMs: number;
  rateLimits: RateLimitConfig;
  upgradeTimeoutMs: number;
  maxBoardSockets: number;
  maxBoardSocketsPerBoard: number;
  /** permessage-deflate on board sockets, once per room (server/yjs/roomDeflate.ts). */
  wsCompression: boolean;
  /** Origins allowed besides the request's own host and PUBLIC_URL; `'*'`: any. */
  allowedOrigins: readonly string[] | '*';
  /** The export worker pool (server/export/exportPool.ts). */
  exports: { workers: number; queue: number; timeoutMs: number; memoryMb: number };
  /** PostgreSQL instead of SQLite (server/storage/openStorage.ts). */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Redis for fan-out between processes (server/cluster/). */
  redisUrl: string | undefined;
}

/** Events per minute and client address (per socket for `controlBadEvents`); 0: no limit. */
export interface RateLimitConfig {
  create: number;
  join: number;
  authFailures: number;
  controlBadEvents: number;
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
    commitWindowMs: e.COMMIT_WINDOW_MS,
    demo: e.DEMO === '1',
    docUnloadMs: e.DOC_UNLOAD_MS,
    pendingUpdateMs: e.PENDING_UPDATE_MS,
    clientDir: resolve(e.CLIENT_DIR),
    retentionMs: Math.round(e.RETENTION_DAYS * 86_400_000),
    retentionSweepMs: Math.max(60, Math.round(e.RETENTION_SWEEP_MINUTES * 60_000)),
    rateLimits: {
      create: e.RATE_LIMIT_CREATE_PER_MIN,
      join: e.RATE_LIMIT_JOIN_PER_MIN,
      authFailures: e.RATE_LIMIT_AUTH_FAILURES_PER_MIN,
      controlBadEvents: e.CONTROL_BAD_EVENTS_PER_MIN,
    },
    upgradeTimeoutMs: e.UPGRADE_TIMEOUT_MS,
    maxBoardSockets: e.MAX_BOARD_SOCKETS,
    maxBoardSocketsPerBoard: e.MAX_BOARD_SOCKETS_PER_BOARD,
    wsCompression: e.WS_COMPRESSION === '1',
    allowedOrigins: parseOrigins(e.ALLOWED_ORIGINS),
    exports: { workers: e.EXPORT_WORKERS, queue: e.EXPORT_QUEUE, timeoutMs: e.EXPORT_TIMEOUT_MS, memoryMb: e.EXPORT_MEMORY_MB },
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    redisUrl: e.REDIS_URL,
  };
}

/** `https://a.example, https://b.example` → their origins; a malformed entry stops the start. */
function parseOrigins(list: string | undefined): readonly string[] | '*' {
  const entries = (list ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  if (entries.includes('*')) return '*';
  return entries.map((o) => {
    const origin = URL.canParse(o) ? new URL(o).origin : 'null';
    if (origin === 'null') throw new Error(`Invalid configuration:\n  ALLOWED_ORIGINS: not an origin: ${o}`);
    return origin;
  });
}
