import { useEffect, useState } from 'react';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: unknown };

const loading = { status: 'loading' } as const;

/**
 * Runs `load` when `deps` change and tracks its state; `load` returns undefined when there is
 * nothing to load yet (no token), which stays "loading". A run whose deps changed before it
 * finished is aborted and its result dropped, so a slow old reply never overwrites a new one.
 */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T> | undefined,
  deps: readonly unknown[],
): AsyncState<T> {
  // The result is kept with the deps it belongs to: for new deps the state is "loading" at
  // once, in the same render, instead of showing the old result until an effect resets it.
  const [result, setResult] = useState<{ deps: readonly unknown[]; state: AsyncState<T> }>({ deps, state: loading });
  useEffect(() => {
    const controller = new AbortController();
    const pending = load(controller.signal);
    if (!pending) return;
    pending.then(
      (data) => !controller.signal.aborted && setResult({ deps, state: { status: 'ok', data } }),
      (error: unknown) => !controller.signal.aborted && setResult({ deps, state: { status: 'error', error } }),
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- checked where useAsync is called (additionalHooks in eslint.config.js)
  }, deps);
  return sameDeps(result.deps, deps) ? result.state : loading;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
