import { ServerResponse, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { refuseUpgrade } from '../http/upgradeReply.ts';

type EngineMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: Error) => void) => void;

/**
 * An engine.io middleware that refuses Socket.IO requests from a foreign origin with 403,
 * before any handshake or upgrade: it runs for the long-polling requests and for the
 * WebSocket upgrade alike. (engine.io's own `allowRequest` would answer an upgrade with 400,
 * and only the first request of a session.) `next` is not called for a refused request, so
 * engine.io does nothing more with it.
 */
export function originGuard(originAllowed: (req: IncomingMessage) => boolean): EngineMiddleware {
  return (req, res, next) => {
    if (originAllowed(req)) return next();
    const message = 'This origin may not open the control channel.';
    if (res instanceof ServerResponse) {
      res.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
      res.end(JSON.stringify({ error: 'forbidden_origin', message }));
      return;
    }
    // An upgrade: engine.io hands a stand-in response that only holds the raw socket.
    const socket = (res as unknown as { socket: Duplex }).socket;
    refuseUpgrade(socket, 403, 'forbidden_origin', message);
  };
}
