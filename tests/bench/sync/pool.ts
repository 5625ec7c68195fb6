import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { FromWorker, ToWorker } from './protocol.ts';
import { pin } from './servers.ts';

/** The laptop worker processes of one run, pinned to the generator's CPU. */
export class WorkerPool {
  private constructor(readonly workers: ChildProcess[]) {}

  static async start(count: number, cpu: number | undefined): Promise<WorkerPool> {
    const workers = Array.from({ length: count }, () => {
      const child = fork(join(import.meta.dirname, 'worker.ts'), [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      if (cpu !== undefined) pin(child.pid!, cpu);
      return child;
    });
    return new WorkerPool(workers);
  }

  /** Sends `message` to one worker and resolves with its reply of type `type`. */
  ask<T extends FromWorker['type']>(worker: ChildProcess, message: ToWorker, type: T): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: FromWorker) => {
        if (reply.type === 'error') {
          cleanup();
          reject(new Error(`worker: ${reply.message}`));
        } else if (reply.type === type) {
          cleanup();
          resolve(reply as Extract<FromWorker, { type: T }>);
        }
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`worker exited (${code})`));
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      worker.send(message);
    });
  }

  /** The same message to every worker; their replies in worker order. */
  all<T extends FromWorker['type']>(message: ToWorker | ((i: number) => ToWorker), type: T): Promise<Array<Extract<FromWorker, { type: T }>>> {
    return Promise.all(this.workers.map((w, i) => this.ask(w, typeof message === 'function' ? message(i) : message, type)));
  }

  /** Ends every worker (they destroy their providers first). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => new Promise<void>((resolve) => {
      if (w.exitCode !== null) return resolve();
      const kill = setTimeout(() => w.kill('SIGKILL'), 5_000);
      w.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      w.send({ type: 'close' } satisfies ToWorker);
    })));
  }
}
