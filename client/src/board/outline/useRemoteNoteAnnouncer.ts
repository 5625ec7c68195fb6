import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { itemsOf } from '../../../../shared/board/schema.ts';
import type { BoardConnection } from '../BoardConnection.ts';

/** Quiet time before a summary is spoken: a burst of others' edits becomes one sentence. */
const CALM_MS = 2000;

function noteIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  itemsOf(doc).forEach((item, id) => {
    if (item instanceof Y.Map && item.get('type') === 'note') ids.add(id);
  });
  return ids;
}

/**
 * Tells a screen-reader user, calmly, what others did to the list: "2 nieuwe notities",
 * "1 notitie verwijderd door een ander", at most once per couple of seconds. Typing by others
 * is not announced (it would never stop); the first load is not either.
 */
export function useRemoteNoteAnnouncer(connection: BoardConnection, announce: (text: string) => void): void {
  const { t } = useTranslation();
  useEffect(() => {
    const { doc, provider } = connection;
    let ids = noteIds(doc);
    let added = 0;
    let removed = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const parts: string[] = [];
      if (added > 0) parts.push(t('outline.announce.remoteAdded', { count: added }));
      if (removed > 0) parts.push(t('outline.announce.remoteRemoved', { count: removed }));
      added = 0;
      removed = 0;
      if (parts.length > 0) announce(parts.join(' '));
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      const next = noteIds(doc);
      if (origin === provider && connection.getState().synced) {
        for (const id of next) if (!ids.has(id)) added++;
        for (const id of ids) if (!next.has(id)) removed++;
        if ((added > 0 || removed > 0) && timer === undefined) timer = setTimeout(flush, CALM_MS);
      }
      ids = next;
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      clearTimeout(timer);
    };
  }, [connection, announce, t]);
}
