import { useState } from 'react';
import { sectionFor } from '../../../../shared/board/membership.ts';
import { byZ } from '../../../../shared/board/readers.ts';
import type { NoteView } from '../../../../shared/board/schema.ts';
import type { BoardSnapshot, CaseCardView, Rect, SectionView } from '../../../../shared/board/views.ts';
import { otherItems, type OutlineItem } from './outlineItems.ts';

/** The key of the list of notes that lie in no section. */
export const NO_SECTION = '-';

export interface OutlineNote extends NoteView {
  /** A private brainstorm note: only this person sees it, until the reveal. */
  private: boolean;
}

export interface OutlineGroup {
  /** The section's id, or NO_SECTION. */
  key: string;
  section: SectionView | null;
  notes: OutlineNote[];
  /** Labels, shapes, arrows and drawings in this section, in reading order (read only here). */
  others: OutlineItem[];
}

export interface OutlineModel {
  caseCard: CaseCardView | null;
  /** Sections in reading order (top to bottom, left to right), then the notes in none. */
  groups: OutlineGroup[];
  sections: SectionView[];
  /** Every note's rectangle, board and private, to place new ones clear of them. */
  rects: Rect[];
  byId: Map<string, OutlineNote>;
}

/**
 * Ranks notes by when this tab first saw them. A cache, not state: ranking a note again gives
 * the same number, so a render that React throws away leaves nothing wrong behind (at most a
 * skipped number, which keeps the order).
 */
class FirstSeenOrder {
  private readonly ranks = new Map<string, number>();

  /** Gives each id not seen before the next rank, in the order given. */
  see(ids: Iterable<string>): void {
    for (const id of ids) if (!this.ranks.has(id)) this.ranks.set(id, this.ranks.size);
  }

  rank(id: string): number {
    return this.ranks.get(id) ?? 0;
  }
}

const readingOrder = (a: Rect & { id: string }, b: Rect & { id: string }) =>
  a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The board as the outline lists it: the case card, each section with its notes, and the
 * notes in no section. Private notes are listed in the section they lie in (by the same
 * rule as board notes, B5) and marked. Within a list, notes keep the order in which this tab
 * first saw them (the first ones in reading order): a note that someone drags on the canvas
 * must not jump in the list under a keyboard user's focus.
 */
export function useOutlineModel(board: BoardSnapshot, privateNotes: readonly NoteView[]): OutlineModel {
  const [firstSeen] = useState(() => new FirstSeenOrder());
  const sections = [...board.sections].sort(readingOrder);
  const frontToBack = [...board.sections].sort(byZ).reverse();
  const all: Array<{ note: OutlineNote; sectionId: string | null }> = [
    ...board.notes.map(({ section, ...n }) => ({ note: { ...n, private: false }, sectionId: section })),
    ...privateNotes.map((n) => ({ note: { ...n, private: true }, sectionId: sectionFor(n, frontToBack) })),
  ];
  firstSeen.see([...all].sort((a, b) => readingOrder(a.note, b.note)).map(({ note }) => note.id));
  const rank = (n: { id: string }) => firstSeen.rank(n.id);
  const groups: OutlineGroup[] = [...sections.map((s) => ({ key: s.id, section: s, notes: [] as OutlineNote[], others: [] as OutlineItem[] })),
    { key: NO_SECTION, section: null, notes: [], others: [] }];
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const byId = new Map<string, OutlineNote>();
  for (const { note, sectionId } of all) {
    byId.set(note.id, note);
    (byKey.get(sectionId ?? NO_SECTION) ?? byKey.get(NO_SECTION)!).notes.push(note);
  }
  for (const { item, sectionId } of otherItems(board)) {
    (byKey.get(sectionId ?? NO_SECTION) ?? byKey.get(NO_SECTION)!).others.push(item);
  }
  for (const g of groups) {
    g.notes.sort((a, b) => rank(a) - rank(b));
    g.others.sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return {
    caseCard: board.caseCard,
    groups,
    sections,
    rects: all.map(({ note: { x, y, w, h } }) => ({ x, y, w, h })),
    byId,
  };
}
