import type { TFunction } from 'i18next';
import type { BoardSnapshot } from '../../../../shared/board/views.ts';

/** What an arrow end (or any item) is, enough to name it in words. */
export type ItemKind =
  | { kind: 'note'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'shape'; shape: 'rect' | 'ellipse' }
  | { kind: 'stroke' }
  | { kind: 'section'; title: string }
  | { kind: 'case' }
  | { kind: 'unknown' };

/** An item other than a note, as the outline lists it under its section. */
export type OutlineItem = { id: string; x: number; y: number } & (
  | { kind: 'text'; text: string }
  | { kind: 'shape'; shape: 'rect' | 'ellipse' }
  | { kind: 'stroke' }
  | { kind: 'arrow'; from: ItemKind; to: ItemKind }
);

/** At most this many characters of an arrow end's text are read out. */
const MAX_END = 60;
const short = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * Labels, shapes, arrows and drawings of the board with the section each belongs to. An arrow
 * belongs where the item it starts from lies, so it is read right after that item's section.
 */
export function otherItems(board: BoardSnapshot): Array<{ item: OutlineItem; sectionId: string | null }> {
  const kinds = new Map<string, ItemKind>();
  const sectionOf = new Map<string, string | null>();
  for (const n of board.notes) {
    kinds.set(n.id, { kind: 'note', text: n.text });
    sectionOf.set(n.id, n.section);
  }
  for (const s of board.sections) {
    kinds.set(s.id, { kind: 'section', title: s.title });
    sectionOf.set(s.id, s.id);
  }
  if (board.caseCard) kinds.set(board.caseCard.id, { kind: 'case' });
  const out: Array<{ item: OutlineItem; sectionId: string | null }> = [];
  for (const r of board.texts) {
    kinds.set(r.id, { kind: 'text', text: r.text });
    sectionOf.set(r.id, r.section);
    out.push({ item: { id: r.id, x: r.x, y: r.y, kind: 'text', text: r.text }, sectionId: r.section });
  }
  for (const r of board.shapes) {
    const shape = r.shape === 'ellipse' ? 'ellipse' : 'rect';
    kinds.set(r.id, { kind: 'shape', shape });
    sectionOf.set(r.id, r.section);
    out.push({ item: { id: r.id, x: r.x, y: r.y, kind: 'shape', shape }, sectionId: r.section });
  }
  for (const r of board.strokes) {
    kinds.set(r.id, { kind: 'stroke' });
    sectionOf.set(r.id, r.section);
    out.push({ item: { id: r.id, x: r.bounds.x, y: r.bounds.y, kind: 'stroke' }, sectionId: r.section });
  }
  for (const a of board.arrows) {
    out.push({
      item: {
        id: a.id, x: a.start.x, y: a.start.y, kind: 'arrow',
        from: kinds.get(a.from) ?? { kind: 'unknown' }, to: kinds.get(a.to) ?? { kind: 'unknown' },
      },
      sectionId: sectionOf.get(a.from) ?? null,
    });
  }
  return out;
}

/** The name of an item as an arrow end: "notitie "Buren maken ruzie"", "ellips". */
function endName(t: TFunction, end: ItemKind): string {
  switch (end.kind) {
    case 'note': return end.text.trim() ? t('outline.item.endNote', { text: short(end.text, MAX_END) }) : t('outline.item.endNoteEmpty');
    case 'text': return end.text.trim() ? t('outline.item.endText', { text: short(end.text, MAX_END) }) : t('outline.item.endTextEmpty');
    case 'shape': return t(end.shape === 'ellipse' ? 'outline.item.endEllipse' : 'outline.item.endRect');
    case 'stroke': return t('outline.item.endStroke');
    case 'section': return end.title.trim() ? t('outline.item.endSection', { title: short(end.title, MAX_END) }) : t('outline.item.endSectionEmpty');
    case 'case': return t('outline.item.endCase');
    case 'unknown': return t('outline.item.endUnknown');
  }
}

/** What the outline says about an item: "Tekst: Let op!", "Pijl van notitie "A" naar ellips". */
export function describeItem(t: TFunction, item: OutlineItem): string {
  switch (item.kind) {
    case 'text': return item.text.trim() ? t('outline.item.text', { text: item.text.trim() }) : t('outline.item.textEmpty');
    case 'shape': return t(item.shape === 'ellipse' ? 'outline.item.ellipse' : 'outline.item.rect');
    case 'stroke': return t('outline.item.stroke');
    case 'arrow': return t('outline.item.arrow', { from: endName(t, item.from), to: endName(t, item.to) });
  }
}
