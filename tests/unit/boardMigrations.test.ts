import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_MIGRATIONS, migrateBoard, storedVersion, type BoardMigration } from '../../shared/board/migrations.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { BOARD_SCHEMA_VERSION, itemsOf, metaOf } from '../../shared/board/schema.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { castVote } from '../../shared/board/votes.ts';
import { exchange, local, recordUpdates, replicaOf } from './boardTestUtils.ts';

describe('(B13) migrations', () => {
  it('the named path reaches the current version', () => {
    expect(BOARD_MIGRATIONS.map((m) => m.name)).toEqual(['v0-stamp-schema-version']);
    expect(BOARD_SCHEMA_VERSION).toBe(1);
  });

  it('leaves an empty document alone (it may not have synced yet)', () => {
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    expect(storedVersion(doc)).toBeNull();
    expect(migrateBoard(doc, local)).toEqual({ ok: true, from: 1, to: 1, applied: [] });
    expect(updates).toHaveLength(0);
  });

  it('stamps a v0 board (content without schemaVersion) in one transaction', () => {
    const doc = new Y.Doc();
    const note = new Y.Map<unknown>();
    note.set('type', 'note');
    note.set('text', new Y.Text('oud'));
    itemsOf(doc).set('old', note);
    expect(storedVersion(doc)).toBe(0);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(migrateBoard(doc, local)).toEqual({ ok: true, from: 0, to: 1, applied: ['v0-stamp-schema-version'] });
    expect(transactions).toBe(1);
    expect(metaOf(doc).get('schemaVersion')).toBe(1);
    expect(readNotes(doc)[0]?.text).toBe('oud');
  });

  it('a current board needs nothing', () => {
    const doc = new Y.Doc();
    addNote(doc, { x: 0, y: 0 }, local);
    const updates = recordUpdates(doc);
    expect(migrateBoard(doc, local)).toEqual({ ok: true, from: 1, to: 1, applied: [] });
    expect(updates).toHaveLength(0);
  });

  it('does not touch a board from a newer version or with a nonsense version', () => {
    const doc = new Y.Doc();
    metaOf(doc).set('schemaVersion', 7);
    expect(migrateBoard(doc, local)).toEqual({ ok: false, reason: 'newerVersion', version: 7 });
    metaOf(doc).set('schemaVersion', 1.5);
    expect(migrateBoard(doc, local)).toMatchObject({ ok: false, reason: 'unknownVersion' });
  });

  it('runs a chain of steps in order, in one transaction, and reports their names', () => {
    const order: string[] = [];
    const step = (from: number, name: string): BoardMigration => ({
      name, from, to: from + 1, up: (doc) => { order.push(name); metaOf(doc).set(name, true); },
    });
    const doc = new Y.Doc();
    addNote(doc, { x: 0, y: 0 }, local);
    const result = migrateBoard(doc, local, { migrations: [step(2, 'c'), step(1, 'b'), ...BOARD_MIGRATIONS], target: 3 });
    expect(result).toEqual({ ok: true, from: 1, to: 3, applied: ['b', 'c'] });
    expect(order).toEqual(['b', 'c']);
    expect(metaOf(doc).get('schemaVersion')).toBe(3);
    const gap = new Y.Doc();
    addNote(gap, { x: 0, y: 0 }, local);
    expect(migrateBoard(gap, local, { migrations: [step(2, 'c')], target: 3 })).toMatchObject({ ok: false, reason: 'unknownVersion' });
  });

  it('two clients migrating the same v0 board at once converge', () => {
    const base = new Y.Doc();
    const note = new Y.Map<unknown>();
    note.set('type', 'note');
    itemsOf(base).set('old', note);
    const p = replicaOf(base);
    const q = replicaOf(base);
    migrateBoard(p, local);
    migrateBoard(q, local);
    exchange(p, q);
    expect(metaOf(p).get('schemaVersion')).toBe(1);
    expect(metaOf(q).toJSON()).toEqual(metaOf(p).toJSON());
  });

  it('the additions since the first v1 are invisible to a v1 note reader', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 0, y: 0, text: 'note' }, local);
    addStroke(doc, { points: [0, 0, 5, 5] }, local);
    castVote(doc, 'voteranna1', id, local);
    expect(readNotes(doc).map((n) => n.text)).toEqual(['note']);
    expect(readBoard(doc).strokes).toHaveLength(1);
  });
});
