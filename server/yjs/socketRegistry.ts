import type { WebSocket } from 'ws';
import { CloseCode } from '../../shared/closeCodes.ts';
import { hashToken } from '../auth/tokens.ts';
import type { RevokedTokens } from '../auth/revokedTokens.ts';

/**
 * The open board sockets by the hash of the token they were admitted with, so that rotating a
 * link closes every socket that used the old token (server/auth/linkRotation.ts). yjsServer.ts
 * tracks each admitted socket; the token itself is hashed at once and never kept.
 */
export class SocketRegistry {
  private readonly byHash = new Map<string, Set<WebSocket>>();

  constructor(private readonly revoked: RevokedTokens) {}

  /** Registers an admitted socket; one whose token was revoked meanwhile is closed at once. */
  track(ws: WebSocket, token: string): void {
    const hash = hashToken(token);
    if (this.revoked.has(hash)) {
      closeRevoked(ws);
      return;
    }
    let set = this.byHash.get(hash);
    if (!set) this.byHash.set(hash, (set = new Set()));
    set.add(ws);
    ws.once('close', () => {
      set.delete(ws);
      if (set.size === 0 && this.byHash.get(hash) === set) this.byHash.delete(hash);
    });
  }

  /**
   * Closes every socket of these token hashes with 4401, like a new socket with that token
   * would be refused: final for stock y-websocket clients, which is right for a revoked link.
   * Returns how many were closed.
   */
  closeTokens(hashes: readonly string[]): number {
    let closed = 0;
    for (const hash of hashes) {
      for (const ws of this.byHash.get(hash) ?? []) {
        closeRevoked(ws);
        closed += 1;
      }
    }
    return closed;
  }
}

function closeRevoked(ws: WebSocket): void {
  ws.close(CloseCode.unauthorized, 'token revoked');
}
