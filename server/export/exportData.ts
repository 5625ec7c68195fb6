import { setImmediate as nextTurn } from 'node:timers/promises';
import type * as Y from 'yjs';
import { derivePlenarySnapshot } from '../../shared/plenary.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { readItem } from '../../shared/board/readers.ts';
import { CASE_CARD_ID, itemsOf } from '../../shared/board/schema.ts';
import type { BoardSnapshot } from '../../shared/board/views.ts';
import type { WorkshopDetails } from '../../shared/schemas/organiser.ts';
import type { PlenarySnapshot } from '../../shared/schemas/plenary.ts';
import { SessionState } from '../../shared/schemas/session.ts';
import { readDetails } from '../organiser/details.ts';
import { defaultSessionState } from '../session/defaultSession.ts';
import { SESSION_STATE_KEY } from '../session/SessionStore.ts';
import { docNameOf, type Storage } from '../storage/Storage.ts';
import type { DocHold, DocManager } from '../yjs/DocManager.ts';

/**
 * Everything an export shows, gathered in ONE step (loadExportData) so that every format tells
 * the same story, and the same story as the plenary: the action points come from
 * `derivePlenarySnapshot`, the very function behind the beamer.
 */
export interface ExportData {
  /** Epoch ms the data was read. */
  generatedAt: number;
  workshop: WorkshopDetails & { id: string };
  snapshot: PlenarySnapshot;
  /** Per group, in group order: its case card text and (when asked for) the whole board. */
  groups: ExportGroup[];
}

export interface ExportGroup {
  id: string;
  name: string;
  caseText: string;
  board: BoardSnapshot;
}

export interface ExportSources {
  storage: Storage;
  docs: DocManager;
}

export interface LoadOptions {
  /**
   * Read every board whole (the PDF draws them). The other formats show only the action points
   * and the case cards: without it, `board` holds the case card alone, and reading a workshop
   * of full boards costs the main thread next to nothing.
   */
  boards: boolean;
}

/**
 * Reads a workshop for export: details, every group's live document (through the DocManager,
 * so a board open on a laptop right now is read as it is, not as last stored) and the session
 * state. Undefined for an unknown workshop.
 * The documents are loaded and (with `boards`) read one at a time, with a turn of the event
 * loop after each: a full board takes the main thread 0.1-0.4 s to load or read, so 24 of
 * them in one go would stall every other request for seconds. The action points all come from
 * one snapshot, taken at one instant; a drawing may be read a few milliseconds after it.
 */
export async function loadExportData(
  { storage, docs }: ExportSources, workshopId: string, { boards }: LoadOptions = { boards: true },
): Promise<ExportData | undefined> {
  const details = await readDetails(storage, workshopId);
  if (!details) return undefined;
  const groups = await storage.listGroups(workshopId);
  const session = await readSession(storage, workshopId);
  const holds: DocHold[] = [];
  try {
    for (const g of groups) {
      holds.push(await docs.hold(docNameOf(workshopId, g.id)));
      await nextTurn();
    }
    const snapshot = derivePlenarySnapshot({
      workshop: { id: workshopId, title: details.title, groups: groups.map((g) => ({ id: g.id, name: g.name })) },
      boards: Object.fromEntries(holds.map((h, i) => [groups[i]!.id, h.doc.doc])),
      session,
    });
    const exportGroups: ExportGroup[] = [];
    for (const [i, g] of groups.entries()) {
      const doc = holds[i]!.doc.doc;
      const board = boards ? readBoard(doc) : caseCardOnly(doc);
      exportGroups.push({ id: g.id, name: g.name, caseText: board.caseCard?.text ?? '', board });
      if (boards) await nextTurn();
    }
    return { generatedAt: Date.now(), workshop: { id: workshopId, ...details }, snapshot, groups: exportGroups };
  } finally {
    for (const h of holds) h.release();
  }
}

/** A board snapshot with nothing but the case card (read the way readBoard reads it). */
function caseCardOnly(doc: Y.Doc): BoardSnapshot {
  const card = readItem(CASE_CARD_ID, itemsOf(doc).get(CASE_CARD_ID));
  return {
    notes: [], texts: [], shapes: [], arrows: [], strokes: [], sections: [],
    caseCard: card?.type === 'case' ? card : null,
    votes: {},
  };
}

/**
 * The stored session state. The SessionStore writes every change to storage before it keeps
 * it in memory or tells anyone, so storage is never behind what a client has seen.
 */
async function readSession(storage: Storage, workshopId: string): Promise<SessionState> {
  const raw = await storage.getState(workshopId, SESSION_STATE_KEY);
  if (raw === undefined) return defaultSessionState();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return defaultSessionState();
  }
  const parsed = SessionState.safeParse(json);
  return parsed.success ? parsed.data : defaultSessionState();
}
