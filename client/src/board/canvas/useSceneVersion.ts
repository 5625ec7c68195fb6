import { useMemo, useSyncExternalStore } from 'react';
import type { BoardScene } from './BoardScene.ts';

/**
 * The scene's version, for React parts (the item list, the toolbar) that need not follow every
 * frame of a drag by a group mate: changes in place are passed on at most every `delay` ms.
 */
export function useSceneVersion(scene: BoardScene | undefined, delay: number): number {
  const store = useMemo(() => throttledVersion(scene, delay), [scene, delay]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The scene's version as a store whose value moves on at most every `delay` ms. */
function throttledVersion(scene: BoardScene | undefined, delay: number) {
  let shown = scene?.version ?? 0;
  return {
    get: () => shown,
    subscribe(notify: () => void): () => void {
      if (!scene) return () => {};
      let timer: ReturnType<typeof setTimeout> | undefined;
      const show = () => {
        clearTimeout(timer);
        timer = undefined;
        shown = scene.version;
        notify();
      };
      // Added or removed items show at once (a new note must get its button before the next
      // key press); moves and typing are gathered.
      const off = scene.subscribe((_changed, structural) => {
        if (structural) show();
        else timer ??= setTimeout(show, delay);
      });
      // Whatever changed between the render and this subscription.
      show();
      return () => {
        off();
        clearTimeout(timer);
      };
    },
  };
}
