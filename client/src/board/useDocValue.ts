import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A value read from a Y.Doc, recomputed only after the document changed. `read` must be pure
 * (e.g. `readNotes`); the snapshot stays referentially equal between updates, which
 * useSyncExternalStore needs to avoid re-rendering forever.
 */
export function useDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const cache = useRef<{ doc: Y.Doc; read: (doc: Y.Doc) => T; value: T } | null>(null);
  const subscribe = useCallback((onChange: () => void) => {
    const onUpdate = () => {
      cache.current = null;
      onChange();
    };
    doc.on('update', onUpdate);
    // Anything that changed between render and subscribe is picked up by a fresh read.
    cache.current = null;
    return () => doc.off('update', onUpdate);
  }, [doc]);
  const getSnapshot = () => {
    const c = cache.current;
    if (c && c.doc === doc && c.read === read) return c.value;
    const value = read(doc);
    cache.current = { doc, read, value };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
