import type * as Y from 'yjs';
import { resolveArrow } from './arrows.ts';
import { readRecords, sectionFor, sectionsFrontToBack } from './membership.ts';
import { byZ } from './readers.ts';
import { CASE_CARD_ID } from './schema.ts';
import type { BoardSnapshot } from './views.ts';
import { voteCounts } from './votes.ts';

/**
 * Everything on the board as plain data, each list back to front. Tolerant: unreadable items
 * are skipped, arrows whose end is gone are left out, and only the case card under
 * CASE_CARD_ID counts (one per board). Members of a section carry its id in `section`.
 */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  const records = readRecords(doc);
  const sections = sectionsFrontToBack(records);
  const board: BoardSnapshot = {
    notes: [], texts: [], shapes: [], arrows: [], strokes: [], sections: [], caseCard: null,
    votes: Object.fromEntries(voteCounts(doc)),
  };
  for (const r of records.values()) {
    switch (r.type) {
      case 'note': board.notes.push({ ...r, section: sectionFor(r, sections) }); break;
      case 'text': board.texts.push({ ...r, section: sectionFor(r, sections) }); break;
      case 'shape': board.shapes.push({ ...r, section: sectionFor(r, sections) }); break;
      case 'stroke': board.strokes.push({ ...r, section: sectionFor(r, sections) }); break;
      case 'section': board.sections.push(r); break;
      case 'case': if (r.id === CASE_CARD_ID) board.caseCard = r; break;
      case 'arrow': {
        const arrow = resolveArrow(r, records);
        if (arrow) board.arrows.push(arrow);
        break;
      }
    }
  }
  board.notes.sort(byZ);
  board.texts.sort(byZ);
  board.shapes.sort(byZ);
  board.arrows.sort(byZ);
  board.strokes.sort(byZ);
  board.sections.sort(byZ);
  return board;
}
