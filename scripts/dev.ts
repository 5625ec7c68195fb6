import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `npm run dev`: the server (restarted by tsx on change) on WERKBORD_SERVER_PORT (3001) and
 * Vite with HMR on PORT (3000), which proxies /api, /socket.io and /yjs to the server.
 */
const serverPort = process.env.WERKBORD_SERVER_PORT ?? '3001';
const env = { ...process.env, WERKBORD_SERVER_PORT: serverPort };
const children: ChildProcess[] = [
  spawn('node_modules/.bin/tsx', ['watch', 'server/main.ts'], {
    stdio: 'inherit', env: { ...env, PORT: serverPort, PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}` },
  }),
  spawn('node_modules/.bin/vite', ['--port', process.env.PORT ?? '3000', '--host'], { stdio: 'inherit', env }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of children) child.once('exit', stop);
