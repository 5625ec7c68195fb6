import { platform, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { rendererFor, type ExportJob, type ExportWorkerData, type FromWorker, type ToWorker } from './exportJob.ts';

/** Nice value of an export thread: below the main thread, above idle work. */
const EXPORT_NICE = 10;

/*
 * One export in its own thread (started by exportPool.ts through exportWorkerBoot.mjs): loads
 * the writer for its kind, says `ready`, collects the job's messages, renders, hands the bytes
 * back (transferred, not copied) and is then terminated. A fresh worker per export: its memory
 * budget is the export's alone, and nothing it loaded (pdf-lib, docx, a font) outlives it.
 */

const port = parentPort;
if (!port) throw new Error('exportWorker.ts runs only as a worker thread');
// Linux keeps a nice value per thread, so this lowers the priority of this worker's thread
// alone: when the cores are taken by exports, the main thread (board sync, every request)
// still gets one the moment it needs it. Elsewhere it would lower the whole server: skipped.
if (platform() === 'linux') setPriority(EXPORT_NICE);
const { kind } = workerData as ExportWorkerData;
const render = await rendererFor(kind);
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let job: ExportJob | undefined;
port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'job':
      job = message.job;
      return;
    case 'group':
      if (job?.kind === 'pdf' || job?.kind === 'docx') job.data.groups.push(message.group);
      return;
    case 'end':
      if (job) void finish(job);
  }
});
send({ type: 'ready' });

async function finish(done: ExportJob): Promise<void> {
  try {
    const bytes = ownBuffer(await render(done));
    send({ type: 'done', bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    // Only the name and the stack's frames: a writer's message might quote board content.
    const error = err instanceof Error ? err : new Error(String(err));
    send({ type: 'failed', name: error.name, stack: (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8) });
  }
}

/** `bytes` on an ArrayBuffer of its own: a Buffer may be a slice of Node's shared pool, which cannot be transferred. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
