import * as Y from 'yjs';
import { Limits } from '../limits.ts';

/*
 * Tolerant field readers and clamping writers. Items may come from another, newer or hostile
 * client: every read has a fallback, every write a valid range.
 */

export function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}

/** A Y.Text's content, a plain string as is, anything else as ''. */
export function textValue(v: unknown): string {
  if (v instanceof Y.Text) return v.toString();
  return typeof v === 'string' ? v : '';
}

/** Length of a text field without building the string. */
export function textLength(v: unknown): number {
  if (v instanceof Y.Text) return v.length;
  return typeof v === 'string' ? v.length : 0;
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** A coordinate to store: rounded, within the board, `fallback` when not finite. */
export function coord(n: number, fallback = 0): number {
  const v = Number.isFinite(n) ? n : fallback;
  return Math.round(clamp(Number.isFinite(v) ? v : 0, -Limits.boardExtent, Limits.boardExtent));
}

/** A width or height to store: rounded and within the item size range. */
export function size(n: number, fallback: number): number {
  const v = Number.isFinite(n) ? n : fallback;
  return Math.round(clamp(v, Limits.minItemSize, Limits.maxItemSize));
}
