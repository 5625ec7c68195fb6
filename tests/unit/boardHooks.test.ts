import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { BoardHookChain } from '../../server/yjs/boardHooks.ts';
import type { SharedDoc } from '../../server/yjs/SharedDoc.ts';
import type { Principal } from '../../shared/roles.ts';

const principal = { workshopId: 'w', role: 'participant', groupId: 'g' } as Principal;
const room = { workshopId: 'w', groupId: 'g' };
const doc = { name: 'w/g' } as SharedDoc;

describe('BoardHookChain', () => {
  it('writes only when every extension allows it, and admits unless one refuses (the first refusal wins)', async () => {
    const chain = new BoardHookChain(createLogger('silent'));
    expect(chain.canWrite(principal, room)).toBe(true);
    expect(await chain.admit(principal, room)).toBeUndefined();
    chain.use({ canWrite: () => true, admit: async () => undefined });
    chain.use({ canWrite: (_, r) => r.groupId !== 'g', admit: async () => ({ code: 4403, reason: 'first' }) });
    chain.use({ admit: async () => ({ code: 4404, reason: 'second' }) });
    expect(chain.canWrite(principal, room)).toBe(false);
    expect(chain.canWrite(principal, { workshopId: 'w', groupId: 'h' })).toBe(true);
    expect(await chain.admit(principal, room)).toEqual({ code: 4403, reason: 'first' });
  });

  it('tells every extension of a stored update in order, even when one of them throws', () => {
    const chain = new BoardHookChain(createLogger('silent'));
    const told: string[] = [];
    chain.use({ afterStore: (_, __, source) => told.push(`a:${source}`) });
    chain.use({ afterStore: () => { throw new Error('broken extension'); } });
    chain.use({ afterStore: (_, __, source) => told.push(`c:${source}`) });
    chain.afterStore(doc, new Uint8Array([0]), 'remote');
    expect(told).toEqual(['a:remote', 'c:remote']);
  });
});
