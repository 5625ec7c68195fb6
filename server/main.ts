import { holdYoungGeneration } from './memory/startupHeap.ts';

/*
 * The entry of `npm start` (dist/server/main.js). V8's young generation is held at its start
 * size before the rest of the server is loaded (server/memory/startupHeap.ts): the server is
 * imported dynamically because static imports, express and Socket.IO among them, are all
 * evaluated before this module's own code runs.
 */
holdYoungGeneration();
const { runServer } = await import('./runServer.ts');
runServer().catch((err: unknown) => {
  process.stderr.write(`Werkbord could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
