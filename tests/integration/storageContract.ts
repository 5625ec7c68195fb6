import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Storage, TokenRecord } from '../../server/storage/Storage.ts';

/**
 * The contract every storage backend must pass. Each backend's test file calls this with a
 * factory that opens a fresh store, and a `reopen` that opens the same data again.
 */
export function storageContract(name: string, open: () => Promise<{ storage: Storage; reopen: () => Promise<Storage>; cleanup: () => Promise<void> }>) {
  describe(`storage contract: ${name}`, () => {
    async function withStore(fn: (s: Storage, reopen: () => Promise<Storage>) => Promise<void>) {
      const { storage, reopen, cleanup } = await open();
      try {
        await fn(storage, reopen);
      } finally {
        await storage.close();
        await cleanup();
      }
    }

    const workshop = { id: 'w1', title: 'Werkconferentie – ë é ĳ ’', createdAt: 1 };
    const groups = [
      { id: 'g1', workshopId: 'w1', name: 'Groep 1', position: 0 },
      { id: 'g2', workshopId: 'w1', name: 'Groep 2', position: 1 },
    ];
    const tokens: TokenRecord[] = [
      { hash: 'aa'.repeat(32), workshopId: 'w1', role: 'organiser', groupId: null, generation: 0 },
      { hash: 'bb'.repeat(32), workshopId: 'w1', role: 'participant', groupId: 'g2', generation: 0 },
    ];

    it('stores a workshop with its groups (in order) and tokens', () => withStore(async (s) => {
      await s.createWorkshop(workshop, groups, tokens);
      expect(await s.getWorkshop('w1')).toEqual(workshop);
      expect((await s.listGroups('w1')).map((g) => g.name)).toEqual(['Groep 1', 'Groep 2']);
      expect(await s.findToken('bb'.repeat(32))).toEqual(tokens[1]);
      expect(await s.findToken('cc'.repeat(32))).toBeUndefined();
      expect(await s.countWorkshops()).toBe(1);
    }));

    it('group-commits updates of several documents in order (appendUpdates, where the backend has it)', () => withStore(async (s) => {
      if (!s.appendUpdates) return;
      const single = await s.appendUpdate('w1/g1', new Uint8Array([0, 0]));
      const seqs = await s.appendUpdates([
        { docName: 'w1/g1', updates: [new Uint8Array([1]), new Uint8Array([2])] },
        { docName: 'w1/g2', updates: [new Uint8Array([3])] },
      ]);
      expect(seqs).toHaveLength(2);
      expect(seqs[0]!).toBeGreaterThan(single);
      const g1 = await s.loadDoc('w1/g1');
      expect(g1.updates.map((u) => [...u])).toEqual([[0, 0], [1], [2]]);
      expect(g1.lastSeq).toBe(seqs[0]);
      expect((await s.loadDoc('w1/g2')).lastSeq).toBe(seqs[1]);
      await s.close();
    }));

    it('keeps document updates in order across a reopen', () => withStore(async (s, reopen) => {
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      for (let i = 0; i < 10; i++) doc.getArray('a').push([i]);
      let last = 0;
      for (const u of updates) {
        const seq = await s.appendUpdate('w1/g1', u);
        expect(seq).toBeGreaterThan(last);
        last = seq;
      }
      await s.close();
      const again = await reopen();
      const stored = await again.loadDoc('w1/g1');
      expect(stored.lastSeq).toBe(last);
      const copy = new Y.Doc();
      for (const u of stored.updates) Y.applyUpdate(copy, u);
      expect(copy.getArray('a').toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      await again.close();
    }));

    it('compacts the log into one update without losing later appends', () => withStore(async (s) => {
      const doc = new Y.Doc();
      let lastSeq = 0;
      const appends: Promise<unknown>[] = [];
      doc.on('update', (u: Uint8Array) => appends.push(s.appendUpdate('w1/g1', u).then((n) => { lastSeq = n; })));
      for (let i = 0; i < 20; i++) doc.getMap('m').set(`k${i}`, i);
      await Promise.all(appends);
      const upto = (await s.loadDoc('w1/g1')).lastSeq;
      // One more update lands between the read and the compaction.
      const late = new Y.Doc();
      Y.applyUpdate(late, Y.encodeStateAsUpdate(doc));
      late.getMap('m').set('late', 1);
      await s.appendUpdate('w1/g1', Y.encodeStateAsUpdate(late, Y.encodeStateVector(doc)));
      await s.compactDoc('w1/g1', Y.encodeStateAsUpdate(doc), upto);
      const stored = await s.loadDoc('w1/g1');
      expect(stored.updates).toHaveLength(2);
      const copy = new Y.Doc();
      for (const u of stored.updates) Y.applyUpdate(copy, u);
      expect(copy.getMap('m').size).toBe(21);
      expect(lastSeq).toBeGreaterThan(0);
    }));

    it('keeps documents apart and deletes a workshop with all its traces', () => withStore(async (s) => {
      await s.createWorkshop(workshop, groups, tokens);
      await s.createWorkshop({ id: 'w10', title: 'ander', createdAt: 2 }, [], []);
      await s.appendUpdate('w1/g1', new Uint8Array([0, 0]));
      await s.appendUpdate('w10/g1', new Uint8Array([0, 0]));
      await s.setState('w1', 'timer', '{"running":false}');
      expect(await s.getState('w1', 'timer')).toBe('{"running":false}');
      await s.deleteWorkshop('w1');
      expect(await s.getWorkshop('w1')).toBeUndefined();
      expect(await s.listGroups('w1')).toEqual([]);
      expect(await s.findToken('aa'.repeat(32))).toBeUndefined();
      expect((await s.loadDoc('w1/g1')).updates).toEqual([]);
      expect(await s.getState('w1', 'timer')).toBeUndefined();
      // A workshop whose id starts with the deleted one's is untouched.
      expect((await s.loadDoc('w10/g1')).updates).toHaveLength(1);
      expect(await s.getWorkshop('w10')).toBeDefined();
    }));

    it('lists every workshop', () => withStore(async (s) => {
      expect(await s.listWorkshops()).toEqual([]);
      await s.createWorkshop(workshop, groups, tokens);
      await s.createWorkshop({ id: 'w2', title: 'ander', createdAt: 5 }, [], []);
      expect((await s.listWorkshops()).sort((a, b) => a.createdAt - b.createdAt)).toEqual([workshop, { id: 'w2', title: 'ander', createdAt: 5 }]);
      await s.deleteWorkshop('w1');
      expect(await s.listWorkshops()).toEqual([{ id: 'w2', title: 'ander', createdAt: 5 }]);
    }));

    it('rotates tokens: a replaced hash stops resolving at once, the rest stay, across a reopen', () => withStore(async (s, reopen) => {
      const plenary: TokenRecord = { hash: 'cc'.repeat(32), workshopId: 'w1', role: 'plenary', groupId: null, generation: 0 };
      const g1: TokenRecord = { hash: 'dd'.repeat(32), workshopId: 'w1', role: 'participant', groupId: 'g1', generation: 0 };
      await s.createWorkshop(workshop, groups, [...tokens, plenary, g1]);
      await s.createWorkshop({ id: 'w2', title: 'ander', createdAt: 2 }, [],
        [{ hash: 'ee'.repeat(32), workshopId: 'w2', role: 'plenary', groupId: null, generation: 0 }]);
      const byKey = (list: TokenRecord[]) => [...list].sort((a, b) => `${a.role}/${a.groupId}`.localeCompare(`${b.role}/${b.groupId}`));
      expect(byKey(await s.listTokens('w1'))).toEqual(byKey([...tokens, plenary, g1]));

      const newPlenary = { ...plenary, hash: '11'.repeat(32), generation: 1 };
      const newG2 = { ...tokens[1]!, hash: '22'.repeat(32), generation: 3 };
      await s.replaceTokens('w1', [newPlenary, newG2]);
      expect(await s.findToken(plenary.hash)).toBeUndefined();
      expect(await s.findToken(tokens[1]!.hash)).toBeUndefined();
      expect(await s.findToken(newPlenary.hash)).toEqual(newPlenary);
      expect(await s.findToken(newG2.hash)).toEqual(newG2);
      // The other group's token, the organiser's and another workshop's plenary token stay.
      expect(await s.findToken(g1.hash)).toEqual(g1);
      expect(await s.findToken(tokens[0]!.hash)).toEqual(tokens[0]);
      expect(await s.findToken('ee'.repeat(32))).toBeDefined();
      expect(byKey(await s.listTokens('w1'))).toEqual(byKey([tokens[0]!, newG2, newPlenary, g1]));

      await s.close();
      const again = await reopen();
      try {
        expect(byKey(await again.listTokens('w1'))).toEqual(byKey([tokens[0]!, newG2, newPlenary, g1]));
        await again.deleteWorkshop('w1');
        expect(await again.listTokens('w1')).toEqual([]);
        expect(await again.findToken(newPlenary.hash)).toBeUndefined();
      } finally {
        await again.close();
      }
    }));

    it('compaction keeps a stored update that the merged copy lacks (another process wrote it)', () => withStore(async (s) => {
      const here = new Y.Doc();
      const there = new Y.Doc();
      const appends: Promise<number>[] = [];
      for (const d of [here, there]) d.on('update', (u: Uint8Array) => appends.push(s.appendUpdate('w1/g1', u)));
      here.getMap('m').set('here', 1);
      there.getMap('m').set('there', 2);
      await Promise.all(appends);
      const upto = (await s.loadDoc('w1/g1')).lastSeq;
      // `here` never saw the other process's edit, and compacts with its own state only.
      await s.compactDoc('w1/g1', Y.encodeStateAsUpdate(here), upto);
      const copy = new Y.Doc();
      for (const u of (await s.loadDoc('w1/g1')).updates) Y.applyUpdate(copy, u);
      expect(copy.getMap('m').toJSON()).toEqual({ here: 1, there: 2 });
    }));

    it('updateState is an atomic read-modify-write, also between two open stores', () => withStore(async (s, reopen) => {
      await s.createWorkshop(workshop, groups, tokens);
      const other = await reopen();
      try {
        const increment = (store: Storage) => store.updateState('w1', 'count', (v) => String(Number(v ?? 0) + 1));
        await Promise.all(Array.from({ length: 40 }, (_, i) => increment(i % 2 ? s : other)));
        expect(await s.getState('w1', 'count')).toBe('40');
        expect(await other.updateState('w1', 'count', () => undefined)).toBe('40');
        expect(await s.getState('w1', 'count')).toBe('40');
      } finally {
        await other.close();
      }
    }));
  });
}
