import WebSocket from 'ws';

export interface RawSocketResult {
  code: number;
  reason: string;
  /** Every frame received before the close. */
  messages: Buffer[];
}

/** Opens a plain WebSocket and resolves when the server closes it. */
export function openRaw(url: string): {
  ws: WebSocket; opened: Promise<void>; firstMessage: Promise<Buffer>; closed: Promise<RawSocketResult>;
} {
  const ws = new WebSocket(url);
  const messages: Buffer[] = [];
  const firstMessage = new Promise<Buffer>((resolve) => ws.once('message', (data) => resolve(Buffer.from(data as Buffer))));
  ws.on('message', (data) => messages.push(Buffer.from(data as Buffer)));
  ws.on('error', () => { /* the close event carries what the test asserts */ });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  const closed = new Promise<RawSocketResult>((resolve) => {
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString(), messages }));
  });
  return { ws, opened, firstMessage, closed };
}

