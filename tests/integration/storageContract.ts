import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Storage } from '../../server/storage/Storage.ts';

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
    const tokens = [
      { hash: 'aa'.repeat(32), workshopId: 'w1', role: 'organiser' as const, groupId: null },
      { hash: 'bb'.repeat(32), workshopId: 'w1', role: 'participant' as const, groupId: 'g2' },
    ];

    it('stores a workshop with its groups (in order) and tokens', () => withStore(async (s) => {
      await s.createWorkshop(workshop, groups, tokens);
      expect(await s.getWorkshop('w1')).toEqual(workshop);
      expect((await s.listGroups('w1')).map((g) => g.name)).toEqual(['Groep 1', 'Groep 2']);
      expect(await s.findToken('bb'.repeat(32))).toEqual(tokens[1]);
      expect(await s.findToken('cc'.repeat(32))).toBeUndefined();
      expect(await s.countWorkshops()).toBe(1);
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
      doc.on('update', (u: Uint8Array) => void s.appendUpdate('w1/g1', u).then((n) => { lastSeq = n; }));
      for (let i = 0; i < 20; i++) doc.getMap('m').set(`k${i}`, i);
      await Promise.resolve();
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
  });
}
