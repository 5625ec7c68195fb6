import * as z from 'zod';
import { Limits } from '../limits.ts';
import { InkColor, NoteColor, ShapeFill, ShapeKind } from './schema.ts';

/*
 * The clipboard format: JSON-safe plain data, independent of any Y.Doc, so a copy can be
 * pasted on another board, in another tab, or after the source board is gone. Item ids are
 * only there to connect arrows inside the copy; paste gives every item a new id.
 */

export const CLIPBOARD_FORMAT = 'werkbord/items';
export const CLIPBOARD_VERSION = 1;

const id = z.string().min(1).max(64);
const at = { x: z.number(), y: z.number() };
const box = { ...at, w: z.number(), h: z.number() };

export const ClipItem = z.discriminatedUnion('type', [
  z.object({ id, type: z.literal('note'), ...box, color: z.enum(NoteColor), text: z.string() }),
  z.object({ id, type: z.literal('text'), ...box, color: z.enum(InkColor), fontSize: z.number(), text: z.string() }),
  z.object({ id, type: z.literal('shape'), shape: z.enum(ShapeKind), ...box, fill: z.enum(ShapeFill) }),
  z.object({ id, type: z.literal('arrow'), from: id, to: id, color: z.enum(InkColor) }),
  z.object({
    id, type: z.literal('stroke'), ...at, points: z.array(z.number()), color: z.enum(InkColor), width: z.number(),
  }),
  z.object({ id, type: z.literal('section'), ...box, title: z.string() }),
]);
export type ClipItem = z.infer<typeof ClipItem>;

export interface ClipboardData {
  format: typeof CLIPBOARD_FORMAT;
  version: typeof CLIPBOARD_VERSION;
  /** Back to front, so a paste keeps the stacking order. */
  items: ClipItem[];
}

const Envelope = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(CLIPBOARD_VERSION),
  items: z.array(z.unknown()).max(Limits.maxItems),
});

export type ClipboardParse = { ok: true; value: ClipboardData } | { ok: false; reason: 'notWerkbord' | 'empty' };

/**
 * Reads clipboard data from an untrusted source (the system clipboard, another board).
 * Items that do not fit the format are skipped, so one odd item does not spoil a paste;
 * limits (text length, points) are checked by pasteItems, which throws BoardLimitError.
 */
export function parseClipboard(input: unknown): ClipboardParse {
  const envelope = Envelope.safeParse(input);
  if (!envelope.success) return { ok: false, reason: 'notWerkbord' };
  const items: ClipItem[] = [];
  for (const raw of envelope.data.items) {
    const item = ClipItem.safeParse(raw);
    if (item.success) items.push(item.data);
  }
  if (items.length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, value: { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, items } };
}
