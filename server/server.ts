import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { createLinkRotation } from './auth/linkRotation.ts';
import { RevokedTokens } from './auth/revokedTokens.ts';
import { createControlServer, rooms } from './control/controlServer.ts';
import { unlessRevoked } from './control/revokedSockets.ts';
import { ExportPool } from './export/exportPool.ts';
import { createApp } from './http/app.ts';
import { createFloodLimiters } from './http/floodLimits.ts';
import { originChecker } from './http/origins.ts';
import { refuseUpgrade } from './http/upgradeReply.ts';
import { safePath, type Logger } from './logger.ts';
import { eraseWorkshop } from './organiser/eraseWorkshop.ts';
import { startRetention } from './organiser/retention.ts';
import { createSessionService } from './session/sessionService.ts';
import { CloseCode } from '../shared/closeCodes.ts';
import { openStorage } from './storage/openStorage.ts';
import type { Storage } from './storage/Storage.ts';
import { WorkshopEvents } from './workshopEvents.ts';
import { BoardHookChain } from './yjs/boardHooks.ts';
import { DocManager } from './yjs/DocManager.ts';
import { SocketRegistry } from './yjs/socketRegistry.ts';
import { createYjsServer } from './yjs/yjsServer.ts';

export interface RunningServer {
  port: number;
  storage: Storage;
  docs: DocManager;
  /** The export worker pool, for tests that wait for its state. */
  exports: ExportPool;
  /** Stops accepting, closes every socket, stores every document, closes storage. */
  close(): Promise<void>;
}

/** Builds the whole server on one HTTP port and starts listening. */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const storage = await openStorage(config);
  // The board channel's extensions (server/yjs/boardHooks.ts): the session registers its
  // hooks below, once it exists (it needs the documents, which call the hooks).
  const hooks = new BoardHookChain(log);
  // REDIS_URL: several processes serve the same workshops (docs/operations.md). Imported
  // only then: the Redis client and adapter are about 20 MiB of a one-process server's memory.
  const cluster = config.redisUrl
    ? await (await import('./cluster/startCluster.ts')).startCluster(config.redisUrl, storage, log)
    : undefined;
  if (cluster) hooks.use(cluster.boardHooks);
  const docs = new DocManager({
    storage, log, hooks, unloadAfterMs: config.docUnloadMs, pendingMs: config.pendingUpdateMs,
    commitWindowMs: config.commitWindowMs,
  });
  // Deleting a workshop closes its control sockets, which exist only once Socket.IO does.
  let closeControl: (workshopId: string) => void = () => undefined;
  const erase = async (workshopId: string) => {
    await eraseWorkshop({ storage, docs, log, dataDir: config.dataDir, closeControl: (id) => closeControl(id) }, workshopId);
    cluster?.bus.publish({ kind: 'erase', workshopId });
  };
  const limits = createFloodLimiters(config.rateLimits);
  const originAllowed = originChecker({ publicUrl: config.publicUrl, allowed: config.allowedOrigins });
  // Rotating a link closes the old token's sockets on both channels (server/auth/linkRotation.ts).
  const revoked = new RevokedTokens();
  const boardSockets = new SocketRegistry(revoked);
  const rotation = createLinkRotation({
    storage, log, revoked, boards: boardSockets, control: () => io,
    announce: cluster && ((workshopId, hashes) => cluster.bus.publish({ kind: 'revoke', workshopId, hashes: [...hashes] })),
  });
  const exports = new ExportPool({ ...config.exports, log });
  const events = new WorkshopEvents();
  // A new title reaches the screens on the other processes too (and they tell theirs).
  events.on('titleChanged', (workshopId, title, source) => {
    if (source === 'local') cluster?.bus.publish({ kind: 'title', workshopId, title });
  });
  const app = createApp({
    storage, log, clientDir: config.clientDir, adminToken: config.adminToken, publicUrl: config.publicUrl, docs, erase, limits, exports,
    // Called per request, once listening: the real port (PORT=0 picks one).
    listening: () => ({ host: config.host, port: (http.address() as AddressInfo | null)?.port ?? config.port }),
    rotation, retentionMs: config.retentionMs, events,
  });
  const http = createHttpServer({
    // A request (an upgrade included) whose headers have not all arrived by then is cut with
    // 408: without it a half-open upgrade holds its socket for Node's default of a minute,
    // checked only every 30 s.
    headersTimeout: config.upgradeTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, config.upgradeTimeoutMs),
  }, app);
  const io = createControlServer(http, {
    storage, log, originAllowed, authFailures: limits.authFailures, badEventsPerMinute: config.rateLimits.controlBadEvents,
    adapter: cluster?.adapter,
  });
  const session = createSessionService({ io, storage, docs, log, events, cluster });
  closeControl = (id) => {
    // Told first, so that every open screen clears itself at once and says why; engine.io
    // flushes the packet before it closes the connection.
    io.to(rooms.workshop(id)).emit('workshop:deleted', { workshopId: id });
    io.in(rooms.workshop(id)).disconnectSockets(true);
    session.forget(id);
  };
  io.on('connection', unlessRevoked(revoked, session.onConnection));
  hooks.use(session.boardHooks);
  cluster?.bus.on(async (message) => {
    if (message.kind === 'revoke') {
      revoked.add(message.hashes);
      boardSockets.closeTokens(message.hashes);
    } else if (message.kind === 'title') {
      events.emit('titleChanged', message.workshopId, message.title, 'remote');
    } else if (message.kind === 'erase') {
      // Deleted on another process: its board sockets here go, and what freeing the documents
      // wrote back is deleted again (as eraseWorkshop does on the process that deleted it).
      session.forget(message.workshopId);
      await docs.closeWhere(`${message.workshopId}/`, CloseCode.notFound);
      await storage.deleteWorkshop(message.workshopId);
    }
  });
  const yjs = createYjsServer({
    storage, docs, log, hooks, registry: boardSockets, compression: config.wsCompression,
    limits: {
      authFailures: limits.authFailures,
      upgradeTimeoutMs: config.upgradeTimeoutMs,
      maxSockets: config.maxBoardSockets,
      maxSocketsPerBoard: config.maxBoardSocketsPerBoard,
    },
  });

  // Socket.IO is created with destroyUpgrade: false, so every other upgrade is ours to route.
  http.on('upgrade', (req, socket, head) => {
    const path = safePath(req.url);
    if (path.startsWith('/yjs/')) {
      // /socket.io checks its origin in engine.io's middleware (server/control/controlServer.ts).
      if (!originAllowed(req)) return refuseUpgrade(socket, 403, 'forbidden_origin', 'This origin may not open board sockets.');
      yjs.handleUpgrade(req, socket, head);
    } else if (!path.startsWith('/socket.io/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });

  // Workshops past their retention go before anyone can reach them; then the sweep is hourly.
  const retention = startRetention({
    storage, log, erase, retentionMs: config.retentionMs, sweepEveryMs: config.retentionSweepMs,
  });
  await retention.first;

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    port,
    storage,
    docs,
    exports,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
        exports.close();
        await retention.stop();
        yjs.close();
        session.close();
        // io.close() resolves only once the HTTP server has closed, i.e. after every
        // connection ended: so it must not be awaited before we cut the connections below,
        // or a browser slow to answer a close frame holds the shutdown for ws's 30 s timeout.
        const ioClosed = io.close();
        await docs.closeAll();
        yjs.terminate();
        http.closeAllConnections();
        await ioClosed;
        await stopped;
        await cluster?.close();
        await storage.close();
      })();
      return closing;
    },
  };
}
