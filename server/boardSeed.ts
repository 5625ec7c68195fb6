import * as Y from 'yjs';
import { applyTemplate } from '../shared/board/templates.ts';
import { addNote } from '../shared/board/notes.ts';
import { readBoard } from '../shared/board/readBoard.ts';

export interface BoardSeed {
  caseText?: string;
  /** Notes to put in the first section ("Wat speelt er?"), e.g. a prompt in the demo. */
  firstSectionNotes?: string[];
}

/**
 * The first stored update of a group board laid out with the workshop template, so that every
 * laptop opens the same layout instead of each client racing to create it.
 */
export function workshopBoardUpdate({ caseText, firstSectionNotes = [] }: BoardSeed): Uint8Array {
  const doc = new Y.Doc();
  const origin = { kind: 'seed' } as const;
  applyTemplate(doc, 'workshop', caseText === undefined ? {} : { caseText }, origin);
  const first = readBoard(doc).sections[0];
  firstSectionNotes.forEach((text, i) => {
    const x = (first?.x ?? 0) + 24 + i * 220;
    const y = (first?.y ?? 0) + 64;
    addNote(doc, { x, y, text }, origin);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
