import type * as Y from 'yjs';
import {
  actionPointsOf, setActionText, setLead, setOtherParty, setParty, setTimeframe, submitActionPoints,
} from '../../shared/board/actionPoints.ts';
import type { Party, Slot } from '../../shared/board/actionPointRules.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import type { PlenarySnapshot } from '../../shared/schemas/plenary.ts';
import type { DecisionStatus } from '../../shared/schemas/session.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl, type RecordingClient } from './controlClient.ts';
import { connectBoard, waitForDoc } from './yjsClient.ts';

/*
 * Fills a workshop the way people do: each group writes its action points on its board through
 * a stock y-websocket client (with the shared model functions), the facilitator opens the
 * action step, the ballot and the decisions over Socket.IO, and participants vote. Used by the
 * export tests and by `npm run examples`.
 */

const local: ChangeOrigin = { kind: 'local' };

export interface ActionPointInput {
  title: string;
  body: string;
  parties: Party[];
  otherParty?: string;
  /** A ticked party id or the other party's text. */
  lead: string;
  timeframe: string;
}

export interface GroupFill {
  actionPoints: ActionPointInput[];
  submit?: boolean;
  /** Extra writes on the group's board (notes, shapes…), with the same stock client. */
  draw?: (doc: Y.Doc) => void;
}

export interface PlenaryInput {
  /** Votes per apKey; each vote comes from its own voter id. */
  votes?: Record<string, number>;
  decisions?: { apKey: string; status: DecisionStatus; text?: string }[];
  themes?: { apKeys: string[]; title: string }[];
}

export interface Endpoint {
  url: string;
  wsUrl: string;
}

function writeActionPoint(doc: Y.Doc, slot: Slot, ap: ActionPointInput): void {
  setActionText(doc, slot, 'title', ap.title, local);
  setActionText(doc, slot, 'body', ap.body, local);
  for (const party of ap.parties) setParty(doc, slot, party, true, local);
  if (ap.otherParty) setOtherParty(doc, slot, ap.otherParty, local);
  setLead(doc, slot, ap.lead, local);
  setTimeframe(doc, slot, ap.timeframe, local);
}

async function expectOk(client: RecordingClient, event: string, payload: unknown): Promise<Record<string, unknown>> {
  const reply = await client.send(event, payload);
  if (!reply.ok) throw new Error(`${event} refused: ${JSON.stringify(reply)}`);
  return reply as Record<string, unknown>;
}

/**
 * Writes each group's action points (fills[i] for group i) and waits until the server's
 * plenary snapshot shows them all. Resolves with that snapshot.
 */
export async function fillActionPoints(server: Endpoint, workshop: WorkshopCreated, fills: GroupFill[]): Promise<PlenarySnapshot> {
  const facilitator = await connectControl(server.url, workshop.id, workshop.tokens.facilitator);
  try {
    await expectOk(facilitator, 'actionStep:set', { open: true });
    await Promise.all(fills.map(async (fill, i) => {
      const group = workshop.groups[i]!;
      const board = connectBoard(server.wsUrl, workshop.id, group.id, workshop.tokens.participants[group.id]);
      try {
        await board.synced;
        await waitForDoc(board.doc, (d) => actionPointsOf(d).has('0') && actionPointsOf(d).has('1'));
        fill.draw?.(board.doc);
        fill.actionPoints.forEach((ap, slot) => writeActionPoint(board.doc, slot as Slot, ap));
        if (fill.submit) {
          const result = submitActionPoints(board.doc, local);
          if (!result.ok) throw new Error(`group ${group.name} cannot submit: ${JSON.stringify(result.problems)}`);
        }
        await facilitator.snapshotWhere((s) => {
          const g = s.groups[i]!;
          return fill.actionPoints.every((ap, slot) => g.actionPoints[slot]?.title === ap.title)
            && (!fill.submit || g.submitted);
        });
      } finally {
        board.destroy();
      }
    }));
    return facilitator.snapshots.at(-1)!;
  } finally {
    facilitator.close();
  }
}

/** Submits the action points of `groupIds` that are not yet submitted (with the facilitator's token). */
async function submitGroups(server: Endpoint, workshop: WorkshopCreated, facilitator: RecordingClient, groupIds: Set<string>): Promise<void> {
  const current = facilitator.snapshots.at(-1) ?? await facilitator.snapshotWhere(() => true);
  const open = [...groupIds].filter((id) => !current.groups.find((g) => g.id === id)?.submitted);
  for (const groupId of open) {
    const board = connectBoard(server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    try {
      await board.synced;
      const result = submitActionPoints(board.doc, local);
      if (!result.ok) throw new Error(`group ${groupId} cannot submit: ${JSON.stringify(result.problems)}`);
      await facilitator.snapshotWhere((s) => s.groups.find((g) => g.id === groupId)?.submitted === true);
    } finally {
      board.destroy();
    }
  }
}

/** Runs the plenary: ballot, votes, themes, decisions; resolves with the snapshot after it. */
export async function runPlenary(server: Endpoint, workshop: WorkshopCreated, input: PlenaryInput): Promise<PlenarySnapshot> {
  const facilitator = await connectControl(server.url, workshop.id, workshop.tokens.facilitator);
  const firstGroup = workshop.groups[0]!.id;
  const voter = await connectControl(server.url, workshop.id, workshop.tokens.participants[firstGroup]!);
  try {
    const votes = Object.entries(input.votes ?? {});
    if (votes.length > 0) {
      // Only submitted action points are on the ballot: groups hand theirs in first, as in the room.
      await submitGroups(server, workshop, facilitator, new Set(votes.map(([apKey]) => apKey.slice(0, apKey.indexOf(':')))));
      await expectOk(facilitator, 'ballot:set', { open: true, votesPerPerson: 1, clear: true });
      let n = 0;
      for (const [apKey, count] of votes) {
        for (let i = 0; i < count; i++) {
          await expectOk(voter, 'ballot:vote', { voterId: `stemmer-${String(n++).padStart(4, '0')}`, apKey, delta: 1 });
        }
      }
      await expectOk(facilitator, 'ballot:set', { open: false });
    }
    for (const theme of input.themes ?? []) await expectOk(facilitator, 'theme:merge', theme);
    for (const d of input.decisions ?? []) await expectOk(facilitator, 'decision:set', d);
    const total = votes.reduce((sum, [, c]) => sum + c, 0);
    const lastDecision = input.decisions?.at(-1);
    return await facilitator.snapshotWhere((s) => {
      const all = s.groups.flatMap((g) => g.actionPoints);
      const counted = all.reduce((sum, ap) => sum + ap.votes, 0) === total;
      const decided = !lastDecision || all.find((ap) => ap.apKey === lastDecision.apKey)?.decision?.status === lastDecision.status;
      return counted && decided && s.themes.length === (input.themes?.length ?? 0);
    });
  } finally {
    voter.close();
    facilitator.close();
  }
}
