import { ensureActionPoints, setActionText, setLead, setParty, setTimeframe, submitActionPoints } from '../../../shared/board/actionPoints.ts';
import type { WorkshopCreated } from '../../../shared/schemas/workshop.ts';
import { recordNotices, type NoticeLog } from '../../helpers/boardAttack.ts';
import { connectBoard, type BoardClient } from '../../helpers/yjsClient.ts';
import type { SoakConfig } from './config.ts';
import { HonestClient, type HonestGroup, type Ledger } from './honest.ts';

/** Where one group's board is, and the tokens for it. */
export interface BoardAddress {
  wsUrl: string;
  workshopId: string;
  groupId: string;
  participant: string;
  facilitator: string;
  plenary: string;
}

/** Workshops enough for `groups` boards (at most 20 groups each; the API allows 24). */
export async function createBoards(url: string, wsUrl: string, groups: number): Promise<BoardAddress[]> {
  const boards: BoardAddress[] = [];
  for (let first = 0; first < groups; first += 20) {
    const names = Array.from({ length: Math.min(20, groups - first) }, (_, i) => `Groep ${first + i + 1}`);
    const res = await fetch(`${url}/api/workshops`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Soak ${first / 20 + 1}`, groups: names, template: 'blank' }),
    });
    if (res.status !== 201) throw new Error(`create workshop: ${res.status} ${await res.text()}`);
    const w = (await res.json()) as WorkshopCreated;
    for (const g of w.groups) {
      boards.push({
        wsUrl, workshopId: w.id, groupId: g.id,
        participant: w.tokens.participants[g.id]!, facilitator: w.tokens.facilitator, plenary: w.tokens.plenary,
      });
    }
  }
  return boards;
}

/** Honest clients of one group, connected and synced; their notices and closes go to the ledger. */
export async function openGroup(
  board: BoardAddress, index: number, attacked: boolean, cfg: SoakConfig, ledger: Ledger,
): Promise<{ group: HonestGroup; notices: NoticeLog[] }> {
  const group: HonestGroup = { index, attacked, members: [], noteIds: new Set() };
  const notices: NoticeLog[] = [];
  for (let i = 0; i < cfg.CLIENTS_PER_GROUP; i++) {
    const client = connectBoard(board.wsUrl, board.workshopId, board.groupId, board.participant);
    client.provider.awareness.setLocalState({ user: { name: `Deelnemer ${index + 1}.${i + 1}`, color: '#2563eb' } });
    client.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) ledger.count(`socket closed by the server (${event.code})`);
    });
    notices.push(recordNotices(client));
    group.members.push(new HonestClient(client, `${index}.${i}`, group, ledger, cfg.EDIT_MEAN_MS));
  }
  await Promise.all(group.members.map((m) => m.client.synced));
  return { group, notices };
}

/**
 * The honest facilitator of an attacked board. It opens the action step and the group
 * submits (so that finding 1 has something to attack), then it watches the board.
 */
export async function openObserver(board: BoardAddress): Promise<BoardClient> {
  const observer = connectBoard(board.wsUrl, board.workshopId, board.groupId, board.facilitator);
  observer.provider.awareness.setLocalState({ user: { name: 'Begeleider', color: '#16a34a' } });
  await observer.synced;
  const origin = { kind: 'local' } as const;
  ensureActionPoints(observer.doc, origin);
  for (const slot of [0, 1] as const) {
    setActionText(observer.doc, slot, 'title', `Actiepunt ${slot + 1}`, origin);
    setActionText(observer.doc, slot, 'body', 'Samen met de partners een meldpunt inrichten.', origin);
    setParty(observer.doc, slot, 'gemeente', true, origin);
    setLead(observer.doc, slot, 'gemeente', origin);
    setTimeframe(observer.doc, slot, 'voor de zomer', origin);
  }
  submitActionPoints(observer.doc, origin);
  return observer;
}
