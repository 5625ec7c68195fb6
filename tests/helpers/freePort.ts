import { createServer } from 'node:net';

/**
 * A loopback port that was free a moment ago, for servers that cannot be told to bind port 0
 * and report it (redis-server, postgres). The tiny race with another process is accepted.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
