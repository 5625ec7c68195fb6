import type { WebSocket } from 'ws';

/**
 * The board channel's connection caps: at most `maxSockets` board sockets in this process and
 * `maxPerBoard` on one board. Without them 2,000 sockets on one board were held without
 * complaint, each costing memory and a share of every broadcast. Counted once a socket is
 * upgraded and admitted, and released when it closes.
 */
export class SocketCaps {
  private readonly perBoard = new Map<string, number>();
  private total = 0;

  constructor(private readonly maxSockets: number, private readonly maxPerBoard: number) {}

  /** Counts `ws` on board `name` until it closes; or says why it may not stay. */
  occupy(ws: WebSocket, name: string): string | undefined {
    if (this.total >= this.maxSockets) return 'too many board sockets on this server';
    if ((this.perBoard.get(name) ?? 0) >= this.maxPerBoard) return 'too many sockets on this board';
    this.perBoard.set(name, (this.perBoard.get(name) ?? 0) + 1);
    this.total++;
    ws.once('close', () => {
      this.total--;
      const left = (this.perBoard.get(name) ?? 1) - 1;
      if (left > 0) this.perBoard.set(name, left);
      else this.perBoard.delete(name);
    });
    return undefined;
  }
}
