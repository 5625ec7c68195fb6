import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { Logger } from '../logger.ts';
import type { Storage } from '../storage/Storage.ts';
import type { DocManager } from '../yjs/DocManager.ts';

export interface EraseDeps {
  storage: Storage;
  docs: DocManager;
  log: Logger;
  /** Disconnects the workshop's control sockets and forgets its session in memory. */
  closeControl: (workshopId: string) => void | Promise<void>;
  /** The data folder, to drop `demo-links.txt` when it names this workshop. */
  dataDir?: string | undefined;
}

/**
 * Removes every trace of a workshop: tokens, groups, details and session state, every board
 * document, and the live sockets. The order matters:
 * 1. storage first: its tokens go, so no new socket or request is admitted from here on;
 * 2. control sockets told `workshop:deleted`, then disconnected; session forgotten (no timer or
 *    snapshot wakes it up again);
 * 3. board sockets closed with 4410 `deleted` (final for stock y-websocket clients, and open
 *    pages say "deleted", not "reconnecting") and documents freed;
 *    freeing stores a compacted copy (SharedDoc.destroy), which writes the documents back…
 * 4. …so the documents are removed once more, now that nothing can write them.
 * Each delete ends with the write-ahead log checkpointed and truncated (sqliteStorage), so
 * that when this resolves no copy of the workshop's text is left in `werkbord.db` or its
 * `-wal` (tests/integration/secureDelete.test.ts). Should the first delete fail after its rows
 * went (a busy log), the sockets are closed all the same: their tokens no longer exist.
 * Logs carry the workshop id only, never content (server/logger.ts).
 */
export async function eraseWorkshop(deps: EraseDeps, workshopId: string): Promise<void> {
  const { storage, docs, log } = deps;
  try {
    await storage.deleteWorkshop(workshopId);
  } finally {
    await deps.closeControl(workshopId);
    await docs.closeWhere(`${workshopId}/`, CloseCode.deleted);
  }
  await storage.deleteWorkshop(workshopId);
  if (deps.dataDir) dropDemoLinks(deps.dataDir, workshopId);
  log.info({ workshopId }, 'workshop deleted');
}

/** The demo links file holds the demo workshop's tokens: it goes with the workshop. */
function dropDemoLinks(dataDir: string, workshopId: string): void {
  const file = join(dataDir, 'demo-links.txt');
  if (existsSync(file) && readFileSync(file, 'utf8').includes(`/w/${workshopId}/`)) rmSync(file, { force: true });
}
