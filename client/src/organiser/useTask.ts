import { useCallback, useEffect, useRef, useState } from 'react';

/** A long-running action with a status line: idle, running (with a message), done, failed. */
export type TaskState =
  | { kind: 'idle' }
  | { kind: 'running'; message: string; value?: number; max?: number }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

export interface Task {
  state: TaskState;
  busy: boolean;
  /** Runs `work` unless one is running; `work` reports progress through `report`. */
  run(work: (report: (message: string, value?: number, max?: number) => void) => Promise<string>, failed: (err: unknown) => string): Promise<void>;
}

/** One task at a time per button group; a finished page ignores late results. */
export function useTask(): Task {
  const [state, setState] = useState<TaskState>({ kind: 'idle' });
  const mounted = useRef(true);
  const running = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback<Task['run']>(async (work, failed) => {
    if (running.current) return;
    running.current = true;
    const set = (next: TaskState) => mounted.current && setState(next);
    try {
      const message = await work((m, value, max) => set({ kind: 'running', message: m, ...(value === undefined ? {} : { value }), ...(max === undefined ? {} : { max }) }));
      set({ kind: 'done', message });
    } catch (err) {
      console.error('organiser task failed', err);
      set({ kind: 'failed', message: failed(err) });
    } finally {
      running.current = false;
    }
  }, []);
  return { state, busy: state.kind === 'running', run };
}
