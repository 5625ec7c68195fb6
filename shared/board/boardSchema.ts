import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { Party } from './actionPointRules.ts';
import { CASE_CARD_ID, FONT_SIZE, InkColor, ItemKind, NoteColor, STROKE_WIDTH, ShapeFill, ShapeKind } from './schema.ts';
import { TemplateName } from './templates.ts';

/*
 * The board schema as a checker (docs/board-schema.md, "Schema rules"). The model never writes
 * outside it; the server runs these checks on what each client transaction changed, so that a
 * stock Yjs client cannot put an unknown key, an unknown item kind, a new root or an oversize
 * value into a board that everyone then downloads. Each check returns the first problem found
 * or null; none of them throws.
 */

/** What broke the schema: `limit` names a Limits key when a size bound was passed. */
export interface SchemaProblem {
  reason: 'schema' | 'limit';
  limit?: string;
  /** Where, for the server log (never content). */
  path: string;
}

/** The root types of a board and their Yjs kind; any other root is refused. */
export const BoardRoots = { meta: 'map', items: 'map', votes: 'map', actionPoints: 'map' } as const;
export type BoardRoot = keyof typeof BoardRoots;

/** Ids of items and the item ids in votes, arrows and action points. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** `<voterId>:<slot>` (shared/board/votes.ts); slots past votesPerPerson are stored but not counted. */
const VOTE_KEY = /^[0-9a-z]{6,64}:[0-9]{1,3}$/;
/** Longest plain string value anywhere in a board that has no own limit (ids, enum values). */
const SHORT_STRING = 64;

type Check = (value: unknown) => boolean;
/** Any shared type: Y.Map<T> and Y.Text are not assignable to AbstractType<unknown>. */
type SharedType = Y.AbstractType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- see above

const finiteIn = (min: number, max: number): Check =>
  (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const enumOf = (values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const id: Check = (v) => typeof v === 'string' && ID.test(v);

const coord = finiteIn(-Limits.boardExtent, Limits.boardExtent);
const size = finiteIn(0, Limits.maxItemSize);
const z = finiteIn(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);

/** A text field: a Y.Text of plain characters (no embeds, formats or nested types) or a string. */
function text(limit: keyof typeof Limits): { check: Check; limit: keyof typeof Limits } {
  return { check: (v) => isPlainText(v, Limits[limit] as number), limit };
}

function isPlainText(v: unknown, max: number): boolean {
  if (typeof v === 'string') return v.length <= max;
  if (!(v instanceof Y.Text) || v.length > max) return false;
  for (let n = v._start; n !== null; n = n.right) {
    if (!n.deleted && !(n.content instanceof Y.ContentString)) return false;
  }
  return !hasMapEntries(v);
}

/** A Y.Map used as a map only: list content (written by a hand-made update) is refused. */
function hasListContent(type: SharedType): boolean {
  for (let n = type._start; n !== null; n = n.right) if (!n.deleted) return true;
  return false;
}

/** Keys on a list or text type (again only a hand-made update writes them). */
function hasMapEntries(type: SharedType): boolean {
  for (const item of type._map.values()) if (!item.deleted) return true;
  return false;
}

/** Stroke points: a plain array of finite numbers (x, y pairs), at most maxStrokePoints pairs. */
const points: Check = (v) => {
  if (v instanceof Y.Array && hasMapEntries(v)) return false;
  const list = v instanceof Y.Array ? v.toArray() : v;
  return Array.isArray(list) && list.length <= 2 * Limits.maxStrokePoints
    && list.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= 100 * Limits.boardExtent);
};

type Field = Check | { check: Check; limit: keyof typeof Limits };

const box = { x: coord, y: coord, w: size, h: size, z };

/** Every key each item kind may have, besides `type`. */
const ITEM_FIELDS: Record<ItemKind, Record<string, Field>> = {
  note: { ...box, color: enumOf(NoteColor), text: text('noteTextLength') },
  text: { ...box, color: enumOf(InkColor), fontSize: finiteIn(FONT_SIZE.min, FONT_SIZE.max), text: text('labelTextLength') },
  shape: { ...box, shape: enumOf(ShapeKind), fill: enumOf(ShapeFill) },
  arrow: { from: id, to: id, color: enumOf(InkColor), z },
  stroke: { x: coord, y: coord, z, points: { check: points, limit: 'maxStrokePoints' }, color: enumOf(InkColor), width: finiteIn(STROKE_WIDTH.min, STROKE_WIDTH.max) },
  section: { ...box, title: text('sectionTitleLength') },
  case: { ...box, text: text('caseTextLength') },
};

function checkFields(map: Y.Map<unknown>, fields: Record<string, Field>, path: string, skip?: string): SchemaProblem | null {
  for (const [key, value] of map.entries()) {
    if (key === skip) continue;
    const field = fields[key];
    if (!field) return { reason: 'schema', path: `${path}.${key.slice(0, SHORT_STRING)}` };
    const check = typeof field === 'function' ? field : field.check;
    if (!check(value)) {
      return typeof field === 'function'
        ? { reason: 'schema', path: `${path}.${key}` }
        : { reason: 'limit', limit: field.limit, path: `${path}.${key}` };
    }
  }
  return null;
}

/** Checks one item of `items` (after a change to it). An absent item (deleted) is fine. */
export function checkItem(itemId: string, item: unknown): SchemaProblem | null {
  const path = `items.${itemId.slice(0, SHORT_STRING)}`;
  if (!ID.test(itemId)) return { reason: 'schema', path: 'items' };
  if (item === undefined) return null;
  if (!(item instanceof Y.Map) || hasListContent(item)) return { reason: 'schema', path };
  const type: unknown = item.get('type');
  if (!ItemKind.includes(type as ItemKind)) return { reason: 'schema', path: `${path}.type` };
  // One case card per board, under its fixed id (B6).
  if ((type === 'case') !== (itemId === CASE_CARD_ID)) return { reason: 'schema', path: `${path}.type` };
  return checkFields(item as Y.Map<unknown>, ITEM_FIELDS[type as ItemKind], path, 'type');
}

const META_FIELDS: Record<string, Field> = {
  schemaVersion: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1000,
  template: enumOf(TemplateName),
  votesPerPerson: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= Limits.maxVotesPerPerson,
};

/** Checks one key of `meta`. */
export function checkMetaKey(key: string, value: unknown): SchemaProblem | null {
  if (value === undefined) return null;
  const field = META_FIELDS[key];
  if (!field) return { reason: 'schema', path: 'meta' };
  return (field as Check)(value) ? null : { reason: 'schema', path: `meta.${key}` };
}

/** Checks one key of `votes`: `<voterId>:<slot>` → an item id. */
export function checkVote(key: string, value: unknown): SchemaProblem | null {
  if (!VOTE_KEY.test(key)) return { reason: 'schema', path: 'votes' };
  if (value === undefined || id(value)) return null;
  return { reason: 'schema', path: 'votes' };
}

const lineOf = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;

const SLOT_FIELDS: Record<string, Field> = {
  title: text('actionTitleLength'),
  body: text('actionBodyLength'),
  parties: (v) => v instanceof Y.Map && !hasListContent(v)
    && [...v.entries()].every(([k, ticked]) => Party.includes(k as Party) && ticked === true),
  otherParty: { check: lineOf(Limits.partyNameLength), limit: 'partyNameLength' },
  lead: { check: lineOf(Limits.partyNameLength), limit: 'partyNameLength' },
  timeframe: { check: lineOf(Limits.timeframeLength), limit: 'timeframeLength' },
  sourceNoteIds: {
    check: (v) => v instanceof Y.Array && !hasMapEntries(v) && v.length <= Limits.maxSourceNotes && v.toArray().every(id),
    limit: 'maxSourceNotes',
  },
};

/** Checks one key of `actionPoints`: the slots `'0'`, `'1'`, `submitted` and `submittedAt`. */
export function checkActionPointsKey(key: string, value: unknown): SchemaProblem | null {
  if (value === undefined) return null;
  if (key === 'submitted') return typeof value === 'boolean' ? null : { reason: 'schema', path: 'actionPoints.submitted' };
  if (key === 'submittedAt') {
    return value === null || (typeof value === 'number' && Number.isFinite(value)) ? null : { reason: 'schema', path: 'actionPoints.submittedAt' };
  }
  if (key !== '0' && key !== '1') return { reason: 'schema', path: 'actionPoints' };
  if (!(value instanceof Y.Map) || hasListContent(value)) return { reason: 'schema', path: `actionPoints.${key}` };
  return checkFields(value as Y.Map<unknown>, SLOT_FIELDS, `actionPoints.${key}`);
}

/** The per-key checker of each root map. */
export const ROOT_KEY_CHECKS: Record<BoardRoot, (key: string, value: unknown) => SchemaProblem | null> = {
  meta: checkMetaKey,
  items: checkItem,
  votes: checkVote,
  actionPoints: checkActionPointsKey,
};

/**
 * Every schema problem of a whole document (S1–S5): for tests that the model only writes what
 * the server accepts, and for tools. The server checks only what each transaction changed.
 */
export function checkWholeBoard(doc: Y.Doc): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const [name, type] of doc.share) {
    const check = ROOT_KEY_CHECKS[name as BoardRoot];
    if (!check || !(type instanceof Y.Map) || hasListContent(type)) {
      problems.push({ reason: 'schema', path: name.slice(0, SHORT_STRING) });
      continue;
    }
    for (const [key, value] of type.entries()) {
      const problem = check(key, value);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
