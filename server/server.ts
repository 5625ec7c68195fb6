import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { createControlServer, rooms } from './control/controlServer.ts';
import { createApp } from './http/app.ts';
import { safePath, type Logger } from './logger.ts';
import { eraseWorkshop } from './organiser/eraseWorkshop.ts';
import { createSessionService } from './session/sessionService.ts';
import { openSqliteStorage } from './storage/sqliteStorage.ts';
import type { Storage } from './storage/Storage.ts';
import { DocManager } from './yjs/DocManager.ts';
import type { SharedDoc } from './yjs/SharedDoc.ts';
import { createYjsServer } from './yjs/yjsServer.ts';

export interface RunningServer {
  port: number;
  storage: Storage;
  docs: DocManager;
  /** Stops accepting, closes every socket, stores every document, closes storage. */
  close(): Promise<void>;
}

/** Builds the whole server on one HTTP port and starts listening. */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const storage = openSqliteStorage({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
  // The session service needs the documents and the documents tell it of stored updates:
  // bound late, once both exist.
  let onStored: ((doc: SharedDoc) => void) | undefined;
  const docs = new DocManager({
    storage, log, unloadAfterMs: config.docUnloadMs, onStored: (doc) => onStored?.(doc),
  });
  // Deleting a workshop closes its control sockets, which exist only once Socket.IO does.
  let closeControl: (workshopId: string) => void = () => undefined;
  const erase = (workshopId: string) => eraseWorkshop({
    storage, docs, log, dataDir: config.dataDir, closeControl: (id) => closeControl(id),
  }, workshopId);
  const app = createApp({
    storage, log, clientDir: config.clientDir, adminToken: config.adminToken, publicUrl: config.publicUrl, docs, erase,
  });
  const http = createHttpServer(app);
  const io = createControlServer(http, { storage, log });
  const session = createSessionService({ io, storage, docs, log });
  closeControl = (id) => {
    io.in(rooms.workshop(id)).disconnectSockets(true);
    session.forget(id);
  };
  io.on('connection', session.onConnection);
  onStored = session.onDocStored;
  const yjs = createYjsServer({
    storage, docs, log,
    isWritable: session.isWritable, judgeUpdate: session.judgeUpdate, prepare: session.prepare,
  });

  // Socket.IO is created with destroyUpgrade: false, so every other upgrade is ours to route.
  http.on('upgrade', (req, socket, head) => {
    const path = safePath(req.url);
    if (path.startsWith('/yjs/')) {
      yjs.handleUpgrade(req, socket, head);
    } else if (!path.startsWith('/socket.io/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });

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
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
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
        await storage.close();
      })();
      return closing;
    },
  };
}
