import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { BoardLimitError } from './errors.ts';
import { clamp, coord, size } from './fields.ts';
import { assertRoomFor, nextZ, putItem } from './itemStore.ts';
import { FONT_SIZE, InkColor, TEXT_SIZE, type ChangeOrigin } from './schema.ts';
import { setTextField } from './textEdit.ts';

export interface NewTextLabel {
  x: number;
  y: number;
  text?: string;
  color?: InkColor;
  fontSize?: number;
  w?: number;
  h?: number;
}

/** Adds a free text label (`type: 'text'`) and returns its id. */
export function addTextLabel(doc: Y.Doc, input: NewTextLabel, origin: ChangeOrigin): string {
  assertRoomFor(doc, 1);
  const text = input.text ?? '';
  if (text.length > Limits.labelTextLength) throw new BoardLimitError('labelTextLength');
  let id = '';
  doc.transact(() => {
    id = putItem(doc, 'text', {
      x: coord(input.x),
      y: coord(input.y),
      w: size(input.w ?? TEXT_SIZE.w, TEXT_SIZE.w),
      h: size(input.h ?? TEXT_SIZE.h, TEXT_SIZE.h),
      color: input.color && InkColor.includes(input.color) ? input.color : 'black',
      fontSize: Math.round(clamp(Number.isFinite(input.fontSize) ? input.fontSize! : FONT_SIZE.default, FONT_SIZE.min, FONT_SIZE.max)),
      z: nextZ(doc),
      text: new Y.Text(text),
    });
  }, origin);
  return id;
}

/** Replaces a label's text, editing only the changed part (see replaceText). */
export function setLabelText(doc: Y.Doc, id: string, next: string, origin: ChangeOrigin, caret?: number): void {
  if (next.length > Limits.labelTextLength) throw new BoardLimitError('labelTextLength');
  setTextField(doc, id, 'text', next, origin, caret);
}
