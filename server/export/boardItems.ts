import { byZ } from '../../shared/board/readers.ts';
import type {
  ArrowView, BoardSnapshot, CaseCardView, InSection, ShapeView, StrokeView, TextView,
} from '../../shared/board/views.ts';
import type { NoteView } from '../../shared/board/schema.ts';

/** One drawable item; sections are drawn first, behind everything (they hold the others). */
export type Drawable =
  | { kind: 'case'; item: CaseCardView }
  | { kind: 'shape'; item: InSection<ShapeView> }
  | { kind: 'note'; item: InSection<NoteView> }
  | { kind: 'text'; item: InSection<TextView> }
  | { kind: 'stroke'; item: InSection<StrokeView> }
  | { kind: 'arrow'; item: ArrowView };

/** Every item but the sections, back to front (by z, then id, as the board orders them). */
export function drawOrder(board: BoardSnapshot): Drawable[] {
  const list: Drawable[] = [
    ...(board.caseCard ? [{ kind: 'case' as const, item: board.caseCard }] : []),
    ...board.shapes.map((item) => ({ kind: 'shape' as const, item })),
    ...board.notes.map((item) => ({ kind: 'note' as const, item })),
    ...board.texts.map((item) => ({ kind: 'text' as const, item })),
    ...board.strokes.map((item) => ({ kind: 'stroke' as const, item })),
    ...board.arrows.map((item) => ({ kind: 'arrow' as const, item })),
  ];
  return list.sort((a, b) => byZ(a.item, b.item));
}
