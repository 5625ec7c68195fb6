import express, { type Request } from 'express';
import helmet from 'helmet';
import { Limits } from '../../shared/limits.ts';
import type { LinkRotation } from '../auth/linkRotation.ts';
import type { Logger } from '../logger.ts';
import type { Storage } from '../storage/Storage.ts';
import type { DocManager } from '../yjs/DocManager.ts';
import type { ExportPool } from '../export/exportPool.ts';
import { apiNotFound, errorHandler } from './errors.ts';
import { exportRoutes } from './exportRoutes.ts';
import { limitAuthFailures, limitRequests, type FloodLimiters } from './floodLimits.ts';
import { organiserRoutes } from './organiserRoutes.ts';
import { linkBaseOf } from './linkBase.ts';
import { lanAddress } from '../net/addresses.ts';
import type { WorkshopEvents } from '../workshopEvents.ts';
import { builtClient } from './staticAssets.ts';
import { tokenRoutes } from './tokenRoutes.ts';
import { workshopRoutes } from './workshopRoutes.ts';

export interface AppOptions {
  storage: Storage;
  log: Logger;
  clientDir: string;
  adminToken: string | undefined;
  publicUrl: string | undefined;
  /** The bind host (HOST) and the port really listened on, for the links' base. */
  listening: () => { host: string; port: number };
  /** Board documents, read live by the exports and written by the case-text route. */
  docs: DocManager;
  /** Deletes a workshop with every trace of it (server/organiser/eraseWorkshop.ts). */
  erase: (workshopId: string) => Promise<void>;
  /** Renders pdf, docx and board SVG exports in worker threads (server/export/exportPool.ts). */
  exports: ExportPool;
  /** Per-address flood limits (server/http/floodLimits.ts). */
  limits: FloodLimiters;
  /** Rotates links and closes the sockets of the old tokens (server/auth/linkRotation.ts). */
  rotation: LinkRotation;
  /** How long a workshop is kept after its date (RETENTION_DAYS). */
  retentionMs: number;
  /** Changes the session service passes on to open screens (a new title). */
  events: WorkshopEvents;
}

/** The Express app: security headers, REST API, built client with SPA fallback. */
export function createApp({
  storage, log, clientDir, adminToken, publicUrl, listening, docs, erase, limits, rotation, retentionMs, exports, events,
}: AppOptions) {
  const linkBase = (req: Request) => linkBaseOf(req, { publicUrl, listening, lanAddress });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Venues serve over plain http on the LAN; upgrading would break every request.
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  }));

  app.get('/healthz', (_req, res) => {
    // Degraded: some board cannot store its updates (a full disk); they wait in memory, in
    // order, and are stored once it can (server/yjs/StoreQueue.ts).
    if (docs.degraded) res.status(503).json({ status: 'degraded', reason: 'storage' });
    else res.json({ status: 'ok' });
  });

  // Before the body is parsed: a flood is refused as cheaply as possible.
  app.post('/api/workshops', limitRequests(limits.create));
  app.post('/api/workshops/:id/join', limitRequests(limits.join));
  app.use('/api', express.json({ limit: Limits.maxJsonBytes }));
  app.use('/api', workshopRoutes({ storage, adminToken, linkBase }));
  app.use('/api', exportRoutes({ storage, docs, exports }));
  app.use('/api', organiserRoutes({ storage, docs, erase, retentionMs, events }));
  app.use('/api', tokenRoutes({ storage, linkBase, rotation }));
  app.use('/api', apiNotFound);
  app.use('/api', limitAuthFailures(limits.authFailures));

  // Precompressed files, a year for hashed assets, index.html revalidated (staticAssets.ts).
  const client = builtClient(clientDir);
  app.use(client.files);
  app.get('/{*splat}', client.spaFallback);

  app.use(errorHandler(log));
  return app;
}
