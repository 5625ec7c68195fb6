import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyPage<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the page's code; resolves once it is in. */
  preload(): Promise<void>;
}

/**
 * A page whose code loads on demand, and which can also be loaded before React first renders
 * it. React.lazy suspends on its first render even when the code is already in, and React
 * then holds back content that replaces a fallback shown less than 300 ms before: on a fast
 * connection every first page load would wait for that. A preloaded page renders at once
 * (its lazy() gets a thenable that resolves synchronously).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const get = () => (loading ??= load().then((component) => (loaded = component)));
  type Module = { default: ComponentType<P> };
  const Component = lazy<ComponentType<P>>(() => {
    if (loaded) {
      const module: Module = { default: loaded };
      return { then: (resolve: (m: Module) => void) => resolve(module) } as unknown as Promise<Module>;
    }
    return get().then((component) => ({ default: component }));
  });
  return { Component, preload: () => get().then(() => undefined) };
}
