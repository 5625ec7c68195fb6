import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode } from '../../shared/closeCodes.ts';
import { Limits } from '../../shared/limits.ts';
import { can } from '../../shared/roles.ts';
import type { Principal } from '../../shared/roles.ts';
import { resolveToken } from '../auth/access.ts';
import { clientAddress } from '../http/clientAddress.ts';
import type { RateLimiter } from '../http/rateLimit.ts';
import { refuseUpgrade } from '../http/upgradeReply.ts';
import type { Logger } from '../logger.ts';
import { docNameOf, type Storage } from '../storage/Storage.ts';
import { boardDeflateOffer, offersClientWindow, takesRoomFrames } from './roomDeflate.ts';
import { inflateInPlace } from './syncInflate.ts';
import type { BoardHookChain, BoardRoom } from './boardHooks.ts';
import type { DocManager } from './DocManager.ts';
import { BadMessageError, type Connection } from './SharedDoc.ts';
import { SocketCaps } from './socketCaps.ts';
import type { SocketRegistry } from './socketRegistry.ts';

const ROOM_PATH = /^\/yjs\/([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64})$/;
const PING_INTERVAL_MS = 30_000;

export interface YjsServerOptions {
  storage: Storage;
  docs: DocManager;
  log: Logger;
  /** The extensions: admission, write rules (a locked board), preparation (boardHooks.ts). */
  hooks: BoardHookChain;
  /** Flood limits (docs/api.md, "Limits"); unset: none. */
  limits?: BoardSocketLimits;
  /** Admitted sockets by token hash, closed when their link is rotated (server/yjs/socketRegistry.ts). */
  registry?: SocketRegistry;
  /** permessage-deflate with clients that offer it, compressed once per room (roomDeflate.ts); off when unset. */
  compression?: boolean;
}

export interface BoardSocketLimits {
  /** Refused tokens per client address, shared with REST and the control channel. */
  authFailures: RateLimiter;
  /** An upgrade whose admission takes longer is answered 503 and dropped. */
  upgradeTimeoutMs: number;
  maxSockets: number;
  maxSocketsPerBoard: number;
}

type Admission = { ok: true; principal: Principal; workshopId: string; groupId: string }
  | { ok: false; code: number; reason: string; badToken?: boolean };

/**
 * The board channel: the y-websocket protocol on `/yjs/<workshopId>/<groupId>?token=…`.
 * The token is checked before the upgrade completes; a refused socket is closed with a
 * 44xx code before a single document byte is sent.
 */
export function createYjsServer({ storage, docs, log, hooks, limits, registry, compression = false }: YjsServerOptions) {
  const serverFor = (keepClientContext: boolean) => new WebSocketServer({
    noServer: true,
    maxPayload: Limits.maxFrameBytes,
    perMessageDeflate: compression ? boardDeflateOffer(keepClientContext) : false,
  });
  // `ws` answers every extension offer the same way; a client that lets the server choose its
  // window keeps its compression context, any other compresses each message alone
  // (boardDeflateOffer), so the upgrade goes to the server with the matching answer.
  const keeping = serverFor(true);
  const alone = compression ? serverFor(false) : keeping;
  const everySocket = function* (): Generator<WebSocket> {
    yield* keeping.clients;
    if (alone !== keeping) yield* alone.clients;
  };
  const alive = new WeakMap<WebSocket, boolean>();

  const pinger = setInterval(() => {
    // Venue Wi-Fi leaves half-open sockets behind; without pings they would hold presence forever.
    for (const ws of everySocket()) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, PING_INTERVAL_MS);
  pinger.unref();

  async function admit(url: URL): Promise<Admission> {
    const match = ROOM_PATH.exec(url.pathname);
    if (!match) return { ok: false, code: CloseCode.notFound, reason: 'unknown room' };
    const [, workshopId = '', groupId = ''] = match;
    const access = await resolveToken(storage, workshopId, url.searchParams.get('token'));
    if (!access.ok) {
      const code = access.reason === 'forbidden' ? CloseCode.forbidden : CloseCode.unauthorized;
      return { ok: false, code, reason: access.reason, badToken: true };
    }
    const groups = await storage.listGroups(workshopId);
    if (!groups.some((g) => g.id === groupId)) {
      return { ok: false, code: CloseCode.notFound, reason: 'unknown group' };
    }
    if (!can(access.principal, 'readBoard', groupId)) {
      return { ok: false, code: CloseCode.forbidden, reason: 'forbidden' };
    }
    const refusal = await hooks.admit(access.principal, { workshopId, groupId });
    if (refusal) return { ok: false, ...refusal };
    return { ok: true, principal: access.principal, workshopId, groupId };
  }

  async function attach(ws: WebSocket, admission: Extract<Admission, { ok: true }>): Promise<void> {
    const { principal, workshopId, groupId } = admission;
    const room: BoardRoom = { workshopId, groupId };
    const conn: Connection = {
      ws,
      canWrite: () => can(principal, 'writeBoard', groupId) && hooks.canWrite(principal, room),
      rights: {
        editCaseCard: can(principal, 'editCaseCard'),
        editSubmittedActionPoints: can(principal, 'editSubmittedActionPoints'),
        announcePresence: can(principal, 'announcePresence'),
        presenceRole: principal.role === 'facilitator' || principal.role === 'organiser' ? principal.role : null,
      },
      awarenessIds: new Set(),
      roomFrames: compression && takesRoomFrames(ws),
    };
    // Frames that arrive while the document loads are kept and handled in order afterwards.
    const early: Uint8Array[] = [];
    let handle = (data: Uint8Array): void => void early.push(data);
    ws.on('message', (data, isBinary) => {
      if (!isBinary) {
        ws.close(CloseCode.badMessage, 'binary frames only');
        return;
      }
      handle(toBytes(data));
    });
    await hooks.prepare(principal, room);
    const doc = await docs.get(docNameOf(workshopId, groupId));
    if (ws.readyState !== ws.OPEN) {
      docs.release(doc);
      return;
    }
    let chain = Promise.resolve();
    handle = (data) => {
      // One frame at a time per socket, so that a client's messages apply in the order sent.
      chain = chain.then(() => doc.receive(conn, data)).catch((err: unknown) => {
        if (err instanceof BadMessageError) {
          log.warn({ doc: doc.name, reason: err.message }, 'closing socket: bad message');
          ws.close(CloseCode.badMessage, 'bad message');
        } else {
          log.error({ err, doc: doc.name }, 'closing socket: internal error');
          ws.close(1011, 'internal error');
        }
      });
    };
    ws.on('close', () => {
      doc.remove(conn);
      docs.release(doc);
    });
    doc.add(conn);
    for (const data of early.splice(0)) handle(data);
  }

  const caps = limits && new SocketCaps(limits.maxSockets, limits.maxSocketsPerBoard);

  /** Past the failed-authentication limit a refused token gets HTTP 429 instead of an upgrade. */
  function overAuthLimit(req: IncomingMessage, socket: Duplex, admission: Admission): boolean {
    if (admission.ok || !admission.badToken || !limits) return false;
    const taken = limits.authFailures.take(clientAddress(req));
    if (taken.ok) return false;
    refuseUpgrade(socket, 429, 'rate_limited', `Too many refused tokens; try again in ${taken.retryAfterS} s.`, {
      'Retry-After': String(taken.retryAfterS),
    });
    return true;
  }

  /** Takes an HTTP upgrade for `/yjs/…`. */
  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Admission is async (storage, session): an upgrade must not hang on it for ever.
    const timeout = limits && setTimeout(() => {
      log.warn({ path: url.pathname }, 'board admission timed out');
      refuseUpgrade(socket, 503, 'timeout', 'The server took too long to admit this socket.');
    }, limits.upgradeTimeoutMs);
    admit(url)
      .catch((err: unknown): Admission => {
        log.error({ err, path: url.pathname }, 'board admission failed');
        return { ok: false, code: 1011, reason: 'internal error' };
      })
      .then((admission) => {
        clearTimeout(timeout);
        if (socket.destroyed || !socket.writable) return;
        if (overAuthLimit(req, socket, admission)) return;
        const wss = offersClientWindow(req.headers['sec-websocket-extensions']) ? keeping : alone;
        wss.handleUpgrade(req, socket, head, (ws) => {
          // Before its first frame is read: what the client compresses is inflated in place.
          if (compression) inflateInPlace(ws);
          alive.set(ws, true);
          ws.on('pong', () => alive.set(ws, true));
          ws.on('error', (err) => log.debug({ err }, 'board socket error'));
          if (!admission.ok) {
            log.info({ path: url.pathname, code: admission.code }, 'board socket refused');
            ws.close(admission.code, admission.reason);
            return;
          }
          const full = caps?.occupy(ws, docNameOf(admission.workshopId, admission.groupId));
          if (full) {
            log.info({ path: url.pathname, code: CloseCode.tooMany }, full);
            ws.close(CloseCode.tooMany, full);
            return;
          }
          registry?.track(ws, url.searchParams.get('token') ?? '');
          attach(ws, admission).catch((err: unknown) => {
            log.error({ err, path: url.pathname }, 'could not open board');
            ws.close(1011, 'internal error');
          });
        });
      });
  }

  return {
    handleUpgrade,
    /** Closes every board socket. */
    close(): void {
      clearInterval(pinger);
      for (const ws of everySocket()) ws.close(CloseCode.goingAway, 'server shutting down');
      keeping.close();
      if (alone !== keeping) alone.close();
    },
    /** Drops every board socket still open, without waiting for the close handshake. */
    terminate(): void {
      for (const ws of everySocket()) ws.terminate();
    },
  };
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
