import * as Y from 'yjs';
import { BOARD_SCHEMA_VERSION, InkColor, MetaKey, NoteColor, itemsOf, metaOf } from '../../../../../shared/board/schema.ts';

export interface BenchSize {
  notes: number;
  strokes: number;
  points: number;
}

/** Each note shows two lines: these fit a 200-wide note in the default font. */
const LINES = [
  ['Bemiddeling', 'eerder inzetten'],
  ['Eén meldpunt', 'voor bewoners'],
  ['Casusoverleg', 'met de politie'],
  ['Afspraken', 'in het huurcontract'],
  ['Terugkoppeling', 'binnen een week'],
] as const;

/** A seeded generator, so every run draws the same board. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A board for the benchmark: `notes` two-line notes in a grid and `strokes` freehand strokes
 * of `points` points scattered over it, in one transaction. A fixture builder: it writes the
 * documented layout (docs/board-schema.md, version 1) directly, because the model's creating
 * functions check limits and stacking order per item (addNote scans the whole board for the
 * next z, 2,000 times), which would make the benchmark measure the fixture. A unit test
 * (tests/unit/benchDoc.test.ts) checks that the model reads it back as built.
 */
export function buildBenchDoc({ notes, strokes, points }: BenchSize): Y.Doc {
  const doc = new Y.Doc();
  const items = itemsOf(doc);
  const cols = Math.max(1, Math.ceil(Math.sqrt(notes * 1.6)));
  const rand = random(42);
  const width = cols * 240;
  const height = Math.ceil(notes / cols) * 180;
  let z = 1;
  doc.transact(() => {
    metaOf(doc).set(MetaKey.schemaVersion, BOARD_SCHEMA_VERSION);
    for (let i = 0; i < notes; i++) {
      const [a, b] = LINES[i % LINES.length]!;
      const note = new Y.Map<unknown>();
      note.set('type', 'note');
      note.set('x', (i % cols) * 240);
      note.set('y', Math.floor(i / cols) * 180);
      note.set('w', 200);
      note.set('h', 140);
      note.set('color', NoteColor[i % NoteColor.length]!);
      note.set('z', z++);
      note.set('text', new Y.Text(`${a} ${i + 1}\n${b}`));
      items.set(`n${i}`, note);
    }
    for (let s = 0; s < strokes; s++) {
      const list: number[] = [];
      const phase = rand() * Math.PI * 2;
      const amp = 10 + rand() * 30;
      for (let k = 0; k < points; k++) list.push(k * 5, Math.round((amp + amp * Math.sin(phase + k / 4)) * 10) / 10);
      const stroke = new Y.Map<unknown>();
      stroke.set('type', 'stroke');
      stroke.set('x', Math.round(rand() * width));
      stroke.set('y', Math.round(rand() * height));
      stroke.set('points', list);
      stroke.set('color', InkColor[s % InkColor.length]!);
      stroke.set('width', 4);
      stroke.set('z', z++);
      items.set(`s${s}`, stroke);
    }
  }, { kind: 'seed' });
  return doc;
}
