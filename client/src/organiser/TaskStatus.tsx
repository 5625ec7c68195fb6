import type { TaskState } from './useTask.ts';

/**
 * The status line of a task, in a polite live region (screen readers hear each step and the
 * result), with a progress bar while it runs: determinate when the total is known.
 */
export function TaskStatus({ state, label }: { state: TaskState; label: string }) {
  return (
    <div className={`organiser-status${state.kind === 'failed' ? ' organiser-status--error' : ''}`}>
      {state.kind === 'running' && (
        <progress className="organiser-progress" aria-label={label} {...(state.max ? { value: state.value ?? 0, max: state.max } : {})} />
      )}
      <span role="status">{state.kind === 'idle' ? '' : state.message}</span>
    </div>
  );
}
