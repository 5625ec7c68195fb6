import * as Y from 'yjs';
import { itemsOf } from '../../../shared/board/schema.ts';
import { connectBoard } from '../../helpers/yjsClient.ts';
import type { Ledger } from './honest.ts';
import type { BoardAddress } from './setup.ts';
import { untilConnected } from './wire.ts';

/** Resolves once every honest edit reached every receiver, or after `timeoutMs`; returns whether all did. */
export function untilDelivered(ledger: Ledger, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (ledger.received >= ledger.expected) return resolve(true);
    const timer = setTimeout(() => {
      ledger.onDelivery = () => {};
      resolve(false);
    }, timeoutMs);
    ledger.onDelivery = () => {
      if (ledger.received < ledger.expected) return;
      clearTimeout(timer);
      ledger.onDelivery = () => {};
      resolve(true);
    };
  });
}

/**
 * Nothing lost: a laptop that joins each board now must hold every honest note with exactly
 * the text its author wrote last. Returns the notes that are missing or hold something else.
 */
export async function lostEdits(boards: BoardAddress[], ledger: Ledger): Promise<string[]> {
  const lost: string[] = [];
  for (const [index, board] of boards.entries()) {
    const joiner = connectBoard(board.wsUrl, board.workshopId, board.groupId, board.facilitator);
    joiner.provider.awareness.setLocalState(null);
    try {
      if (!(await untilConnected(joiner, 60_000))) {
        lost.push(`group ${index + 1}: a fresh joiner could not sync`);
        continue;
      }
      const items = itemsOf(joiner.doc);
      for (const [id, note] of ledger.notes) {
        if (note.group !== index) continue;
        const text = items.get(id)?.get('text');
        const got = text instanceof Y.Text ? text.toString() : undefined;
        // Only edit numbers in the report, never board text.
        if (got !== note.text) lost.push(`group ${index + 1}, note ${id}: expected edit #${note.seq}, got ${got === undefined ? 'no note' : `edit ${/^#\d+/.exec(got)?.[0] ?? '?'}`}`);
      }
    } finally {
      joiner.destroy();
    }
  }
  return lost;
}
