import { InkColor, NoteColor, ShapeFill } from '../../../../shared/board/schema.ts';
import type { BoardScene } from './BoardScene.ts';
import type { ToolName } from './input/types.ts';
import { INK, NOTE_FILL, SHAPE_FILL } from '../../../../shared/render/palette.ts';

export type PaletteKind = 'note' | 'ink' | 'fill';

export interface ColorChoice {
  kind: PaletteKind;
  colors: readonly string[];
  /** The colour the selection has (one item) or new items get, for aria-pressed. */
  current: string;
  swatch(color: string): string;
}

/**
 * Which colours the toolbar offers: ink for the pen, text and arrow tools and for selected
 * lines and labels, fills for selected shapes, note colours otherwise (also for new notes).
 */
export function colorChoice(
  scene: BoardScene, tool: ToolName, selection: ReadonlySet<string>, noteColor: NoteColor, ink: InkColor,
): ColorChoice {
  const first = selection.size > 0 ? scene.get([...selection][0]!)?.record : undefined;
  const inkTool = tool === 'pen' || tool === 'text' || tool === 'arrow';
  if (inkTool || (tool === 'select' && first && (first.type === 'text' || first.type === 'stroke' || first.type === 'arrow'))) {
    const current = !inkTool && first && 'color' in first ? first.color : ink;
    return { kind: 'ink', colors: InkColor, current, swatch: (c) => INK[c as InkColor] };
  }
  if (tool === 'select' && first?.type === 'shape') {
    return { kind: 'fill', colors: ShapeFill, current: first.fill, swatch: (c) => SHAPE_FILL[c as ShapeFill] ?? 'transparent' };
  }
  const current = selection.size === 1 && first?.type === 'note' ? first.color : noteColor;
  return { kind: 'note', colors: NoteColor, current, swatch: (c) => NOTE_FILL[c as NoteColor] };
}
