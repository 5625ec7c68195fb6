import { useMemo } from 'react';
import type * as Y from 'yjs';
import {
  ActionPointLimitError, setActionText, setLead, setOtherParty, setParty, setTimeframe, submitActionPoints,
  unlinkNote,
} from '../../../shared/board/actionPoints.ts';
import type { Party, Slot } from '../../../shared/board/actionPointRules.ts';
import { LOCAL } from '../board/actions.ts';

/**
 * The panel's edits, each one call into the shared model with this browser's origin. A value
 * past a limit cannot be typed (the fields carry maxLength); should one arrive anyway (a paste
 * into an old browser) it is dropped here rather than crashing the panel.
 */
export function useActionPointEdits(doc: Y.Doc) {
  return useMemo(() => {
    const guard = (write: () => boolean): boolean => {
      try {
        return write();
      } catch (err) {
        if (err instanceof ActionPointLimitError) return false;
        throw err;
      }
    };
    return {
      // A keystroke with the caret after it, which places the change (replaceText).
      title: (slot: Slot, text: string, caret?: number) => guard(() => setActionText(doc, slot, 'title', text, LOCAL, caret)),
      body: (slot: Slot, text: string, caret?: number) => guard(() => setActionText(doc, slot, 'body', text, LOCAL, caret)),
      party: (slot: Slot, party: Party, on: boolean) => guard(() => setParty(doc, slot, party, on, LOCAL)),
      otherParty: (slot: Slot, text: string) => guard(() => setOtherParty(doc, slot, text, LOCAL)),
      lead: (slot: Slot, lead: string) => guard(() => setLead(doc, slot, lead, LOCAL)),
      timeframe: (slot: Slot, text: string) => guard(() => setTimeframe(doc, slot, text, LOCAL)),
      unlink: (slot: Slot, noteId: string) => guard(() => unlinkNote(doc, slot, noteId, LOCAL)),
      submit: () => submitActionPoints(doc, LOCAL),
    };
  }, [doc]);
}
export type ActionPointEdits = ReturnType<typeof useActionPointEdits>;
