import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { addNote, moveItem, setNoteText } from '../../shared/board/notes.ts';
import { addSection } from '../../shared/board/sections.ts';
import { bringItemsToFront, deleteItems } from '../../shared/board/selection.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { castVote } from '../../shared/board/votes.ts';
import { BoardScene } from '../../client/src/board/canvas/BoardScene.ts';
import { exchange, local, replicaOf } from './boardTestUtils.ts';

/*
 * The canvas's incremental copy of the board (client/src/board/canvas/BoardScene.ts): it must
 * always read what readBoard would, while re-reading only the items a change touched.
 */

describe('BoardScene', () => {
  it('reads every item, in draw order: sections under everything, then by z', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0, text: 'a' }, local);
    const s = addSection(doc, { x: -50, y: -50, w: 600, h: 600, title: 'Ideeën' }, local);
    const b = addNote(doc, { x: 300, y: 0 }, local);
    const arrow = addArrow(doc, { from: a, to: b }, local)!;
    const scene = new BoardScene(doc);
    expect(scene.ordered().map((i) => i.id)).toEqual([s, a, b]);
    expect(scene.arrows().map((i) => i.id)).toEqual([arrow]);
    expect(scene.sectionOf(a)?.title).toBe('Ideeën');
    expect(scene.contentBounds()).toEqual({ x: -50, y: -50, w: 600, h: 600 });
  });

  it('updates the changed item in place, so sorted lists stay valid, and tells listeners what changed', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0, text: 'a' }, local);
    const b = addNote(doc, { x: 300, y: 0 }, local);
    const scene = new BoardScene(doc);
    const item = scene.get(a)!;
    const order = scene.ordered();
    const seen: [string[] | null, boolean][] = [];
    scene.subscribe((ids, structural) => seen.push([ids ? [...ids] : null, structural]));
    moveItem(doc, a, 40, 50, local);
    setNoteText(doc, a, 'anders', local);
    expect(scene.get(a)).toBe(item);
    expect(item.record).toMatchObject({ x: 40, y: 50, text: 'anders' });
    expect(item.bounds).toEqual({ x: 40, y: 50, w: 200, h: 140 });
    expect(scene.ordered()).toBe(order);
    expect(seen).toEqual([[[a], false], [[a], false]]);
    bringItemsToFront(doc, [a], local);
    expect(scene.ordered().map((i) => i.id)).toEqual([b, a]);
    expect(seen.at(-1)).toEqual([[a], true]);
  });

  it('follows remote changes, deletes and votes, and keeps a stroke outline only while its points stay', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const stroke = addStroke(doc, { points: [0, 0, 10, 10] }, local)!;
    const remote = replicaOf(doc);
    const scene = new BoardScene(doc);
    const path = {} as Path2D;
    scene.get(stroke)!.path = path;
    moveItem(doc, stroke, 100, 100, local);
    expect(scene.get(stroke)!.path).toBe(path);

    castVote(remote, 'voter1aaaa', a, local);
    addNote(remote, { x: 500, y: 0 }, local);
    exchange(doc, remote);
    expect(scene.votes(a)).toBe(1);
    expect(scene.size).toBe(3);
    scene.setVoter('voter1aaaa');
    expect(scene.myVotes(a)).toBe(1);

    deleteItems(doc, [a], local);
    expect(scene.get(a)).toBeUndefined();
    expect(scene.votes(a)).toBe(0);
    expect(scene.ordered().some((i) => i.id === a)).toBe(false);
  });

  it('draws a private doc above the board and drops its items when it is removed', () => {
    const doc = new Y.Doc();
    const board = addNote(doc, { x: 0, y: 0 }, local);
    const privateDoc = new Y.Doc();
    const mine = addNote(privateDoc, { x: 10, y: 10 }, local);
    const scene = new BoardScene(doc);
    const remove = scene.addSource(privateDoc, true);
    expect(scene.ordered().map((i) => [i.id, i.isPrivate])).toEqual([[board, false], [mine, true]]);
    expect(scene.docOf(mine)).toBe(privateDoc);
    remove();
    expect(scene.get(mine)).toBeUndefined();
  });

  it('stops listening when destroyed', () => {
    const doc = new Y.Doc();
    const scene = new BoardScene(doc);
    scene.destroy();
    addNote(doc, { x: 0, y: 0 }, local);
    expect(scene.size).toBe(0);
  });
});
