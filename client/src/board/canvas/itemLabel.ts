import type { TFunction } from 'i18next';
import type { BoardScene } from './BoardScene.ts';

/** At most this many characters of an item's text go into its accessible name. */
const MAX_SPOKEN = 140;

const short = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SPOKEN ? `${flat.slice(0, MAX_SPOKEN - 1)}…` : flat;
};

const HOLE = '\u0001';
const HOLE2 = '\u0002';

/**
 * The item list's words, looked up once per language: i18next's t() costs tens of
 * microseconds a call, too much for 2,000 labels on every change. Templates keep their
 * placeholder and are filled with a plain string replace.
 */
export function labelTexts(t: TFunction) {
  const fill = (key: string, field: string) => {
    const template = (t as (k: string, o: Record<string, string>) => string)(key, { [field]: HOLE });
    return (value: string) => template.replace(HOLE, value);
  };
  const plain = (key: string) => (t as (k: string) => string)(key);
  const votes = new Map<number, string>();
  return {
    note: fill('canvas.items.note', 'text'),
    noteEmpty: plain('canvas.items.noteEmpty'),
    text: fill('canvas.items.text', 'text'),
    textEmpty: plain('canvas.items.textEmpty'),
    rect: plain('canvas.items.rect'),
    ellipse: plain('canvas.items.ellipse'),
    stroke: plain('canvas.items.stroke'),
    section: fill('canvas.items.section', 'title'),
    sectionEmpty: plain('canvas.items.sectionEmpty'),
    caseCard: fill('canvas.items.case', 'text'),
    arrow: (() => {
      const template = t('canvas.items.arrow', { from: HOLE, to: HOLE2 });
      return (from: string, to: string) => template.replace(HOLE, from).replace(HOLE2, to);
    })(),
    inSection: fill('canvas.items.inSection', 'title'),
    isPrivate: plain('canvas.items.private'),
    editingBy: fill('canvas.items.editingBy', 'name'),
    votes(n: number): string {
      let s = votes.get(n);
      if (s === undefined) votes.set(n, (s = t('canvas.items.votes', { count: n })));
      return s;
    },
  };
}
export type LabelTexts = ReturnType<typeof labelTexts>;

/** What an item is called on its own: "Notitie: Buurtbemiddeling inzetten". */
export function itemName(w: LabelTexts, scene: BoardScene, id: string): string {
  const r = scene.get(id)?.record;
  if (!r) return '';
  switch (r.type) {
    case 'note': return r.text.trim() ? w.note(short(r.text)) : w.noteEmpty;
    case 'text': return r.text.trim() ? w.text(short(r.text)) : w.textEmpty;
    case 'shape': return r.shape === 'ellipse' ? w.ellipse : w.rect;
    case 'stroke': return w.stroke;
    case 'section': return r.title.trim() ? w.section(short(r.title)) : w.sectionEmpty;
    case 'case': return w.caseCard(short(r.text));
    case 'arrow': return w.arrow(itemName(w, scene, r.from), itemName(w, scene, r.to));
  }
}

/**
 * The full accessible name of an item in the canvas's item list:
 * "Notitie: <text>, in sectie Ideeën, 2 stemmen, Anna bewerkt dit".
 */
export function itemLabel(w: LabelTexts, scene: BoardScene, id: string, editingBy: string | null): string {
  const item = scene.get(id);
  if (!item) return '';
  let label = itemName(w, scene, id);
  const section = scene.sectionOf(id);
  if (section) label += `, ${w.inSection(short(section.title) || w.sectionEmpty)}`;
  const votes = scene.votes(id);
  if (votes > 0) label += `, ${w.votes(votes)}`;
  if (item.isPrivate) label += `, ${w.isPrivate}`;
  if (editingBy) label += `, ${w.editingBy(editingBy)}`;
  return label;
}

/**
 * Reading order for the item list: the case card, then section by section (top to bottom,
 * left to right), each section's items by rows, then what lies outside every section.
 * Arrows come right after the item they start from.
 */
export function readingOrder(scene: BoardScene): string[] {
  const row = (y: number) => Math.round(y / 80);
  const byPlace = (a: { x: number; y: number }, b: { x: number; y: number }) => row(a.y) - row(b.y) || a.x - b.x;
  const sections = [...scene.sections()].sort(byPlace);
  const groups = new Map<string | null, { id: string; x: number; y: number }[]>();
  const arrowsFrom = new Map<string, string[]>();
  const first: string[] = [];
  for (const item of scene.ordered()) {
    const r = item.record;
    if (r.type === 'case') first.push(r.id);
    if (r.type === 'case' || r.type === 'section' || !item.bounds) continue;
    const key = scene.sectionOf(r.id)?.id ?? null;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push({ id: r.id, x: item.bounds.x, y: item.bounds.y });
  }
  for (const item of scene.arrows()) {
    if (item.record.type !== 'arrow') continue;
    const list = arrowsFrom.get(item.record.from);
    if (list) list.push(item.id);
    else arrowsFrom.set(item.record.from, [item.id]);
  }
  const order: string[] = [...first];
  const add = (id: string) => {
    order.push(id);
    for (const arrow of arrowsFrom.get(id) ?? []) order.push(arrow);
    arrowsFrom.delete(id);
  };
  for (const s of sections) {
    add(s.id);
    for (const m of (groups.get(s.id) ?? []).sort(byPlace)) add(m.id);
  }
  for (const m of (groups.get(null) ?? []).sort(byPlace)) add(m.id);
  for (const arrows of arrowsFrom.values()) order.push(...arrows);
  return order;
}
