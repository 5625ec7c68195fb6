import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readBoard } from '../../../../shared/board/readBoard.ts';
import { toThumbnail, type Thumbnail } from './thumbnail.ts';

/** A thumbnail is redrawn at most this often, however fast the group types. */
const REDRAW_MS = 1000;

/**
 * Watches one group's board to draw its thumbnail: its own Y.Doc and WebsocketProvider with
 * the console's token. It never writes to the document and stays out of the board's presence.
 */
export function useBoardThumbnail(workshopId: string, groupId: string, token: string): Thumbnail | undefined {
  const [thumb, setThumb] = useState<Thumbnail>();
  useEffect(() => {
    const doc = new Y.Doc();
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const provider = new WebsocketProvider(`${scheme}://${location.host}/yjs/${workshopId}`, groupId, doc, {
      params: { token }, disableBc: true,
    });
    provider.awareness.setLocalState(null);
    let timer: number | undefined;
    let last = 0;
    const draw = () => {
      timer = undefined;
      last = Date.now();
      setThumb(toThumbnail(readBoard(doc)));
    };
    const onUpdate = () => {
      if (timer !== undefined) return;
      timer = window.setTimeout(draw, Math.max(0, last + REDRAW_MS - Date.now()));
    };
    doc.on('update', onUpdate);
    return () => {
      window.clearTimeout(timer);
      doc.off('update', onUpdate);
      provider.destroy();
      provider.awareness.destroy();
      doc.destroy();
    };
  }, [workshopId, groupId, token]);
  return thumb;
}
