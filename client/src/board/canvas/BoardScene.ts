import * as Y from 'yjs';
import { boundsOf } from '../../../../shared/board/geometry.ts';
import { sectionFor } from '../../../../shared/board/membership.ts';
import { byZ, readItem } from '../../../../shared/board/readers.ts';
import { itemsOf, votesOf, type ItemMap } from '../../../../shared/board/schema.ts';
import type { ItemRecord, Rect, SectionView } from '../../../../shared/board/views.ts';
import { myVotes, voteCounts } from '../../../../shared/board/votes.ts';
import { unionRect } from './camera.ts';

/**
 * One item as the canvas keeps it: the model's record, its bounds, and caches that go with it.
 * Updated in place when the item changes, so the sorted lists that hold it stay valid.
 */
export interface SceneItem {
  readonly id: string;
  record: ItemRecord;
  /** Board-space area; null for arrows, which take their place from their ends. */
  bounds: Rect | null;
  /** Draw layer: sections and the case card lie under everything; private items above the board. */
  layer: number;
  readonly doc: Y.Doc;
  readonly isPrivate: boolean;
  /** Filled by the renderer: wrapped text lines, with what they depend on. */
  layout?: TextLayout;
  /** Filled by the renderer: the smoothed stroke outline, relative to the stroke's (x, y). */
  path?: Path2D;
}

export interface TextLayout {
  text: string;
  w: number;
  h: number;
  lines: string[];
}

/** `structural`: items were added or removed, or their stacking order changed. */
export type SceneListener = (changed: ReadonlySet<string> | null, structural: boolean) => void;

interface Source {
  doc: Y.Doc;
  isPrivate: boolean;
  dispose: () => void;
}

const isUnder = (r: ItemRecord) => r.type === 'section' || r.type === 'case';

/**
 * The board as the canvas draws it, kept up to date item by item. `readBoard` rebuilds
 * everything (about 20 ms for 2,000 notes), far too slow for every keystroke or drag frame
 * of a group mate; here a change re-reads only the items it touched (observeDeep → readItem).
 * A second, private source (a silent-brainstorm doc that never reaches the server) can be added:
 * its items are drawn above the board and edited in their own doc.
 */
export class BoardScene {
  /** Every readable item of every source, as the model reads it (for resolveArrow, expandSelection). */
  readonly records = new Map<string, ItemRecord>();
  private readonly items = new Map<string, SceneItem>();
  private readonly sources: Source[] = [];
  private readonly listeners = new Set<SceneListener>();
  private sorted: SceneItem[] | null = null;
  private arrowList: SceneItem[] | null = null;
  private sectionList: SectionView[] | null = null;
  private boundsCache: Rect | null | undefined;
  private notesPerSection: { version: number; counts: Map<string, number> } | null = null;
  private counts = new Map<string, number>();
  private mine = new Map<string, number>();
  private voterId: string | null = null;
  /** Bumps on every change; lets consumers cache derived data. */
  version = 0;

  constructor(readonly doc: Y.Doc) {
    this.addSource(doc, false);
  }

  /** Adds a doc whose items are drawn and edited alongside the board's. Returns a remover. */
  addSource(doc: Y.Doc, isPrivate: boolean): () => void {
    const map = itemsOf(doc);
    const onItems = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const changed = new Set<string>();
      for (const e of events) {
        if (e.target === map) for (const key of e.changes.keys.keys()) changed.add(key);
        else if (typeof e.path[0] === 'string') changed.add(e.path[0]);
      }
      this.reread(source, changed);
    };
    const onVotes = () => {
      this.recount();
      this.version++;
      for (const listener of this.listeners) listener(null, false);
    };
    const source: Source = {
      doc,
      isPrivate,
      dispose: () => {
        map.unobserveDeep(onItems);
        votesOf(doc).unobserve(onVotes);
      },
    };
    this.sources.push(source);
    map.observeDeep(onItems);
    if (!isPrivate) votesOf(doc).observe(onVotes);
    this.reread(source, new Set(map.keys()));
    return () => {
      const at = this.sources.indexOf(source);
      if (at < 0) return;
      this.sources.splice(at, 1);
      source.dispose();
      const gone = new Set<string>();
      for (const [id, item] of this.items) if (item.doc === doc) gone.add(id);
      for (const id of gone) this.remove(id);
      this.changed(gone, true);
    };
  }

  destroy(): void {
    for (const s of this.sources.splice(0)) s.dispose();
    this.listeners.clear();
  }

  subscribe(listener: SceneListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): SceneItem | undefined {
    return this.items.get(id);
  }

  get size(): number {
    return this.items.size;
  }

  /** The doc that holds an item (the board's, or a private one). */
  docOf(id: string): Y.Doc | undefined {
    return this.items.get(id)?.doc;
  }

  /** Every item except arrows, back to front: sections and case card first, private items last. */
  ordered(): readonly SceneItem[] {
    if (!this.sorted) {
      const list: SceneItem[] = [];
      const arrows: SceneItem[] = [];
      for (const item of this.items.values()) (item.record.type === 'arrow' ? arrows : list).push(item);
      const order = (a: SceneItem, b: SceneItem) => a.layer - b.layer || byZ(a.record, b.record);
      this.sorted = list.sort(order);
      this.arrowList = arrows.sort(order);
    }
    return this.sorted;
  }

  arrows(): readonly SceneItem[] {
    this.ordered();
    return this.arrowList!;
  }

  /** Sections front to back, the order membership needs. */
  sections(): readonly SectionView[] {
    if (!this.sectionList) {
      const list: SectionView[] = [];
      for (const item of this.items.values()) if (item.record.type === 'section') list.push(item.record);
      this.sectionList = list.sort(byZ).reverse();
    }
    return this.sectionList;
  }

  /** The section an item lies in (by its centre), as the model defines membership. */
  sectionOf(id: string): SectionView | null {
    const record = this.records.get(id);
    if (!record) return null;
    const sectionId = sectionFor(record, this.sections());
    const section = sectionId ? this.records.get(sectionId) : undefined;
    return section?.type === 'section' ? section : null;
  }

  /** How many notes each section holds (by id; membership as the model defines it), for the overview. */
  noteCounts(): ReadonlyMap<string, number> {
    if (this.notesPerSection?.version !== this.version) {
      const counts = new Map<string, number>();
      const sections = this.sections();
      for (const item of this.items.values()) {
        if (item.record.type !== 'note') continue;
        const id = sectionFor(item.record, sections);
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      this.notesPerSection = { version: this.version, counts };
    }
    return this.notesPerSection.counts;
  }

  /** Everything on the board together, or null for an empty board. */
  contentBounds(): Rect | null {
    if (this.boundsCache === undefined) {
      const rects: Rect[] = [];
      for (const item of this.items.values()) if (item.bounds) rects.push(item.bounds);
      this.boundsCache = unionRect(rects);
    }
    return this.boundsCache;
  }

  votes(id: string): number {
    return this.counts.get(id) ?? 0;
  }

  myVotes(id: string): number {
    return this.mine.get(id) ?? 0;
  }

  /** Whose own votes to count separately (the dots this person may take back). */
  setVoter(voterId: string | null): void {
    this.voterId = voterId;
    this.recount();
  }

  private reread(source: Source, ids: Iterable<string>): void {
    const map = itemsOf(source.doc);
    const changed = new Set<string>();
    let structural = false;
    for (const id of ids) {
      changed.add(id);
      const owner = this.items.get(id);
      // An id that another source holds is left to that source (ids are random, so only a
      // reveal in progress can show one id in both docs for a moment; the board wins).
      if (owner && owner.doc !== source.doc && !source.isPrivate) structural = true;
      else if (owner && owner.doc !== source.doc) continue;
      const record = readItem(id, map.get(id) as ItemMap | undefined);
      if (!record) {
        if (this.items.has(id)) structural = true;
        this.remove(id);
        continue;
      }
      const before = this.items.get(id);
      const layer = (source.isPrivate ? 2 : 0) + (isUnder(record) ? 0 : 1);
      if (before && before.doc === source.doc) {
        if (before.record.z !== record.z || before.layer !== layer || before.record.type !== record.type) structural = true;
        dropStaleCaches(before, record);
        before.record = record;
        before.bounds = boundsOf(record);
        before.layer = layer;
      } else {
        structural = true;
        this.items.set(id, { id, record, bounds: boundsOf(record), layer, doc: source.doc, isPrivate: source.isPrivate });
      }
      this.records.set(id, record);
    }
    this.changed(changed, structural);
  }

  private remove(id: string): void {
    this.items.delete(id);
    this.records.delete(id);
  }

  private changed(ids: ReadonlySet<string>, structural: boolean): void {
    if (structural) {
      this.sorted = null;
      this.arrowList = null;
      this.recount();
    }
    this.sectionList = null;
    this.boundsCache = undefined;
    this.version++;
    for (const listener of this.listeners) listener(ids, structural);
  }

  private recount(): void {
    const board = this.sources.find((s) => !s.isPrivate)?.doc;
    if (!board) return;
    this.counts = votesOf(board).size > 0 ? voteCounts(board) : new Map();
    this.mine = this.voterId && votesOf(board).size > 0 ? myVotes(board, this.voterId) : new Map();
  }
}

/**
 * Drops the caches a change invalidates. A moved note keeps its wrapped text (which is checked
 * against its text and size when drawn), a moved stroke its outline (relative to its x, y).
 */
function dropStaleCaches(item: SceneItem, next: ItemRecord): void {
  const a = item.record;
  if (item.path && !(a.type === 'stroke' && next.type === 'stroke' && a.width === next.width && samePoints(a.points, next.points))) {
    item.path = undefined;
  }
}

function samePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
