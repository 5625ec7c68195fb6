// The entry of every export worker (server/export/exportPool.ts), plain JavaScript on purpose.
// From the TypeScript sources (tests, `npm run dev`; the built server starts dist/server/exportWorker.js
// directly) the server runs through tsx, but Node 20 does not apply `--import tsx` from a
// Worker's execArgv to the worker's own module loader (nodejs/node#47747: "Unknown file
// extension .ts"), and a worker started from vitest has no tsx at all. So each worker
// registers tsx itself and only then loads the TypeScript worker.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
