import { setCaseText } from '../../shared/board/caseCard.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { docNameOf } from '../storage/Storage.ts';
import type { DocManager } from '../yjs/DocManager.ts';

const SERVER: ChangeOrigin = { kind: 'server' };

/** The text of a group's case card ('' when the board has none). */
export async function readCaseText(docs: DocManager, workshopId: string, groupId: string): Promise<string> {
  const hold = await docs.hold(docNameOf(workshopId, groupId));
  try {
    return readBoard(hold.doc.doc).caseCard?.text ?? '';
  } finally {
    hold.release();
  }
}

/**
 * Writes a group's case card into its live board document, as the server: the SharedDoc
 * stores the change and then broadcasts it to every laptop on that board, like any other
 * edit. Resolves once it is stored. Throws BoardLimitError when the board is full.
 */
export async function writeCaseText(docs: DocManager, workshopId: string, groupId: string, text: string): Promise<void> {
  const hold = await docs.hold(docNameOf(workshopId, groupId));
  try {
    setCaseText(hold.doc.doc, text, SERVER);
    await hold.doc.flush();
  } finally {
    hold.release();
  }
}
