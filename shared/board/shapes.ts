import type * as Y from 'yjs';
import { coord, size } from './fields.ts';
import { assertRoomFor, nextZ, putItem } from './itemStore.ts';
import { SHAPE_SIZE, ShapeFill, ShapeKind, type ChangeOrigin } from './schema.ts';

export interface NewShape {
  shape: ShapeKind;
  x: number;
  y: number;
  w?: number;
  h?: number;
  fill?: ShapeFill;
}

/** Adds a rectangle or ellipse and returns its id. */
export function addShape(doc: Y.Doc, input: NewShape, origin: ChangeOrigin): string {
  assertRoomFor(doc, 1);
  let id = '';
  doc.transact(() => {
    id = putItem(doc, 'shape', {
      shape: ShapeKind.includes(input.shape) ? input.shape : 'rect',
      x: coord(input.x),
      y: coord(input.y),
      w: size(input.w ?? SHAPE_SIZE.w, SHAPE_SIZE.w),
      h: size(input.h ?? SHAPE_SIZE.h, SHAPE_SIZE.h),
      fill: input.fill && ShapeFill.includes(input.fill) ? input.fill : 'white',
      z: nextZ(doc),
    });
  }, origin);
  return id;
}
