// The stock y-websocket server, exactly as @y/websocket-server@0.1.1's src/server.js wires it
// (setupWSConnection on every upgrade, no auth, documents in memory: YPERSISTENCE unset), but
// listening on a free port and printing it, so that the bench can run it beside the others.
import http from 'node:http';
import { createRequire } from 'node:module';
import { setupWSConnection } from '@y/websocket-server/utils';

// The `ws` that server.js itself imports (its own optional dependency, ws 6).
const WebSocket = createRequire(import.meta.resolve('@y/websocket-server/package.json'))('ws');
const wss = new WebSocket.Server({ noServer: true });
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening on ${server.address().port}`);
});
process.on('SIGTERM', () => process.exit(0));
