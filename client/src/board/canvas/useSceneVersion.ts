import { useEffect, useState } from 'react';
import type { BoardScene } from './BoardScene.ts';

/**
 * The scene's version, for React parts (the item list, the toolbar) that need not follow every
 * frame of a drag by a group mate: changes in place are passed on at most every `delay` ms.
 */
export function useSceneVersion(scene: BoardScene | undefined, delay: number): number {
  const [version, setVersion] = useState(scene?.version ?? 0);
  useEffect(() => {
    if (!scene) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = scene.subscribe((_changed, structural) => {
      // Added or removed items show at once (a new note must get its button before the next
      // key press); moves and typing are gathered.
      if (structural) {
        clearTimeout(timer);
        timer = undefined;
        setVersion(scene.version);
        return;
      }
      timer ??= setTimeout(() => {
        timer = undefined;
        setVersion(scene.version);
      }, delay);
    });
    setVersion(scene.version);
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [scene, delay]);
  return version;
}
