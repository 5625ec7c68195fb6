import { useRef } from 'react';
import type { NoteView } from '../../../shared/board/schema.ts';

/**
 * Notes in the order they first appeared in this tab. The DOM (and so the Tab order) keeps this
 * order while z-index does the stacking: if bringing a note to the front re-ordered the DOM,
 * React would move the focused element and the browser would drop its focus mid-drag.
 */
export function useStableOrder(notes: readonly NoteView[]): NoteView[] {
  const order = useRef(new Map<string, number>());
  const seq = useRef(0);
  for (const n of notes) {
    if (!order.current.has(n.id)) order.current.set(n.id, seq.current++);
  }
  return [...notes].sort((a, b) => order.current.get(a.id)! - order.current.get(b.id)!);
}
