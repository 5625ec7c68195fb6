import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { createDemoWorkshop, DEMO_WORKSHOP } from '../../server/demo.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, type BoardClient } from '../helpers/yjsClient.ts';

let server: TestServer;
const clients: BoardClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

async function openBoard(workshop: WorkshopCreated, index: number): Promise<BoardClient> {
  const group = workshop.groups[index]!;
  const c = connectBoard(server.wsUrl, workshop.id, group.id, workshop.tokens.participants[group.id]);
  clients.push(c);
  await c.synced;
  return c;
}

describe('boards start from a template', () => {
  it('a new workshop lays out every board with the case card and the four sections', async () => {
    const res = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Sjabloon', groups: ['A', 'B'] }),
    });
    const workshop = (await res.json()) as WorkshopCreated;
    for (const i of [0, 1]) {
      const board = readBoard((await openBoard(workshop, i)).doc);
      expect(board.caseCard).not.toBeNull();
      expect(board.sections.map((s) => s.title)).toEqual([
        'Wat speelt er?', 'Knelpunten in de samenwerking', 'Ideeën', 'Actiepunten',
      ]);
    }
  });

  it('template "blank" starts empty', async () => {
    const workshop = await server.createWorkshop('Leeg', ['A']);
    const board = readBoard((await openBoard(workshop, 0)).doc);
    expect(board.sections).toEqual([]);
    expect(board.caseCard).toBeNull();
  });

  it('the demo workshop puts each group\'s case on its case card and a prompt in the first section', async () => {
    const demo = await createDemoWorkshop(server.storage, server.url);
    for (const [i, group] of DEMO_WORKSHOP.groups.entries()) {
      const board = readBoard((await openBoard(demo, i)).doc);
      expect(board.caseCard?.text).toBe(group.case);
      expect(board.notes).toHaveLength(1);
      expect(board.notes[0]!.section).toBe(board.sections[0]!.id);
    }
  });
});
