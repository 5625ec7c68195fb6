import * as Y from 'yjs';
import { reopenActionPoints, submitActionPoints } from '../../../shared/board/actionPoints.ts';
import { actionPointsOf, readActionPoints } from '../../../shared/board/actionPointsRead.ts';
import { addNote } from '../../../shared/board/notes.ts';
import { itemsOf, metaOf, votesOf } from '../../../shared/board/schema.ts';
import { detachedCopy, sendRaw, updateOf } from '../../helpers/boardAttack.ts';
import type { BoardClient } from '../../helpers/yjsClient.ts';
import type { HonestGroup } from './honest.ts';
import { awarenessFrame } from './wire.ts';

/*
 * The attacks of issue 8 (findings 1, 2, 4 and 5), each as a stock y-websocket client would
 * send them: crafted on a detached copy of the board and sent raw through the client's socket.
 * `send` returns how to tell, later, whether it took effect for an honest member of the board
 * (true), was kept out (false), or cannot be seen from a member's copy (undefined).
 */

export interface AttackTarget {
  hostile: BoardClient;
  /** A plenary (read-only) token on the same board. */
  plenary: BoardClient;
  /** An honest facilitator on the board: what it holds is what everyone gets. */
  observer: BoardClient;
  group: HonestGroup;
  /** The oversize value (1.5 MB by default). */
  big: string;
  round: number;
}

export type Check = () => boolean | undefined;

export interface Attack {
  name: string;
  finding: 1 | 2 | 4 | 5;
  /** Sends megabytes: paused on a board that already took in too much. */
  payload: boolean;
  /**
   * Puts the board in the state the attack needs, as its honest facilitator would (submitted
   * action points, or reopened ones so that a limit, not the submit, is what is tested).
   */
  prepare?: (t: AttackTarget) => void;
  send(t: AttackTarget): Check;
}

const FACILITATOR = { kind: 'local' } as const;
const submitted = (t: AttackTarget) => {
  if (!readActionPoints(t.observer.doc).submitted) submitActionPoints(t.observer.doc, FACILITATOR);
};
const reopened = (t: AttackTarget) => void reopenActionPoints(t.observer.doc, FACILITATOR);

const MALLORY = 'Mallory <img src=x onerror=alert(1)>';
const randomId = () => 1 + Math.floor(Math.random() * 0x7ffffff0);

/** Crafts one update on a fresh copy of the hostile client's board and sends it. */
function craftAndSend(t: AttackTarget, change: (doc: Y.Doc) => void): void {
  const copy = detachedCopy(t.hostile.doc);
  sendRaw(t.hostile, updateOf(copy, change));
  copy.destroy();
}

function slot(doc: Y.Doc, n: '0' | '1'): Y.Map<unknown> | undefined {
  const m = actionPointsOf(doc).get(n);
  return m instanceof Y.Map ? m : undefined;
}

function honestPeerIds(t: AttackTarget): number[] {
  return t.group.members.map((m) => m.client.doc.clientID);
}

function clockOf(client: BoardClient, id: number): number {
  return client.provider.awareness.meta.get(id)?.clock ?? 0;
}

const presenceName = (client: BoardClient, id: number): unknown =>
  (client.provider.awareness.getStates().get(id) as { user?: { name?: unknown } } | undefined)?.user?.name;

export const ATTACKS: Attack[] = [
  {
    name: 'action point edited after submit, sent before its dependency', finding: 1, payload: false,
    prepare: submitted,
    send(t) {
      if (!readActionPoints(t.observer.doc).submitted) return () => undefined;
      // Only an insertion, as in the finding: a deletion of stored text would be traced by
      // the old byte-level guard, an insertion that waits for its dependency is not.
      // Short, so that the title stays valid (≤ 120) and the facilitator can submit again.
      const marker = ` !${t.round}`;
      const copy = detachedCopy(t.hostile.doc);
      const u1 = updateOf(copy, (d) => void addNote(d, { x: 0, y: -500, text: 'onschuldig' }, { kind: 'local' }));
      const u2 = updateOf(copy, (d) => {
        const text = slot(d, '0')?.get('title');
        if (text instanceof Y.Text) text.insert(text.length, marker);
      });
      copy.destroy();
      sendRaw(t.hostile, u2);
      sendRaw(t.hostile, u1);
      return () => readActionPoints(t.observer.doc).slots[0].title.includes(marker);
    },
  },
  {
    name: '1.5 MB update behind a deliberate clock gap', finding: 2, payload: true,
    send(t) {
      const copy = detachedCopy(t.hostile.doc);
      updateOf(copy, (d) => void addNote(d, { x: 0, y: 0, text: 'nooit verstuurd' }, { kind: 'local' }));
      const gapped = updateOf(copy, (d) => metaOf(d).set(`gap${t.round}`, t.big));
      copy.destroy();
      sendRaw(t.hostile, gapped);
      // Never integrated, so no member can see it: the late joiner's download shows it.
      return () => undefined;
    },
  },
  {
    name: '1.5 MB in an extra key of an honest note', finding: 4, payload: true,
    send(t) {
      const ids = [...t.group.noteIds].filter((id) => itemsOf(t.hostile.doc).has(id));
      const id = ids[Math.floor(Math.random() * ids.length)];
      if (!id) return () => undefined;
      const key = `evil${t.round}`;
      craftAndSend(t, (d) => itemsOf(d).get(id)?.set(key, t.big));
      return () => itemsOf(t.observer.doc).get(id)?.has(key) ?? false;
    },
  },
  {
    name: '1.5 MB item of an unknown type', finding: 4, payload: true,
    send(t) {
      const id = `evil${t.round}`;
      craftAndSend(t, (d) => {
        const item = new Y.Map<unknown>();
        itemsOf(d).set(id, item);
        item.set('type', 'evil');
        item.set('payload', t.big);
      });
      return () => itemsOf(t.observer.doc).has(id);
    },
  },
  {
    name: '1.5 MB in a new root map', finding: 4, payload: true,
    send(t) {
      const root = `evil${t.round}`;
      craftAndSend(t, (d) => d.getMap(root).set('payload', t.big));
      return () => t.observer.doc.share.has(root) && t.observer.doc.getMap(root).size > 0;
    },
  },
  {
    name: '1.5 MB vote value', finding: 4, payload: true,
    send(t) {
      const key = `evil${t.round}:0`;
      craftAndSend(t, (d) => votesOf(d).set(key, t.big));
      return () => votesOf(t.observer.doc).has(key);
    },
  },
  {
    name: '1.5 MB meta key', finding: 4, payload: true,
    send(t) {
      const key = `evil${t.round}`;
      craftAndSend(t, (d) => metaOf(d).set(key, t.big));
      return () => metaOf(t.observer.doc).has(key);
    },
  },
  {
    name: '200,000-character action-point title', finding: 4, payload: true,
    prepare: reopened,
    send(t) {
      craftAndSend(t, (d) => {
        const text = slot(d, '1')?.get('title');
        if (text instanceof Y.Text) text.insert(text.length, 'y'.repeat(200_000));
      });
      return () => readActionPoints(t.observer.doc).slots[1].title.length > 120;
    },
  },
  {
    name: '1.5 MB action-point timeframe', finding: 4, payload: true,
    prepare: reopened,
    send(t) {
      craftAndSend(t, (d) => slot(d, '1')?.set('timeframe', t.big));
      return () => readActionPoints(t.observer.doc).slots[1].timeframe.length > 80;
    },
  },
  {
    name: '1.5 MB presence state', finding: 5, payload: true,
    send(t) {
      const id = randomId();
      t.hostile.provider.ws?.send(awarenessFrame([{ clientId: id, clock: 1, state: { user: { name: 'Groot', color: '#000' }, blob: t.big } }]));
      return () => t.observer.provider.awareness.getStates().has(id);
    },
  },
  {
    name: 'renames another member\'s presence', finding: 5, payload: false,
    send(t) {
      const [renamed] = honestPeerIds(t).sort(() => Math.random() - 0.5);
      t.hostile.provider.ws?.send(awarenessFrame([
        { clientId: renamed!, clock: clockOf(t.hostile, renamed!) + 100, state: { user: { name: MALLORY, color: '#f00' } } },
      ]));
      return () => presenceName(t.observer, renamed!) === MALLORY;
    },
  },
  {
    name: 'removes another member\'s presence', finding: 5, payload: false,
    send(t) {
      // Only a member the observer sees now: its absence later then means the removal worked.
      const present = honestPeerIds(t).filter((id) => t.observer.provider.awareness.getStates().has(id));
      const removed = present[Math.floor(Math.random() * present.length)];
      if (removed === undefined) return () => undefined;
      // The victim's laptop announces itself again when it hears of its removal, so the
      // removal shows only for a moment: watch for it rather than look afterwards.
      let seen = false;
      const watch = ({ removed: gone }: { removed: number[] }) => {
        if (gone.includes(removed)) seen = true;
      };
      t.observer.provider.awareness.on('change', watch);
      t.hostile.provider.ws?.send(awarenessFrame([{ clientId: removed, clock: clockOf(t.hostile, removed) + 100, state: null }]));
      return () => {
        t.observer.provider.awareness.off('change', watch);
        return seen;
      };
    },
  },
  {
    name: 'invents a participant', finding: 5, payload: false,
    send(t) {
      const fake = randomId();
      t.hostile.provider.ws?.send(awarenessFrame([{ clientId: fake, clock: 1, state: { user: { name: 'Nep-deelnemer', color: '#0f0' } } }]));
      return () => t.observer.provider.awareness.getStates().has(fake);
    },
  },
  {
    name: 'plenary (read-only) token writes presence', finding: 5, payload: false,
    send(t) {
      const [renamed] = honestPeerIds(t).sort(() => Math.random() - 0.5);
      const own = t.plenary.doc.clientID;
      t.plenary.provider.ws?.send(awarenessFrame([
        { clientId: own, clock: clockOf(t.plenary, own) + 1, state: { user: { name: 'Beamer', color: '#00f' } } },
        { clientId: renamed!, clock: clockOf(t.plenary, renamed!) + 100, state: { user: { name: MALLORY, color: '#f00' } } },
      ]));
      return () => t.observer.provider.awareness.getStates().has(own) || presenceName(t.observer, renamed!) === MALLORY;
    },
  },
  {
    name: 'presence flood (300 changes at once)', finding: 5, payload: false,
    send(t) {
      const id = t.hostile.doc.clientID;
      let relayed = 0;
      const count = ({ added, updated }: { added: number[]; updated: number[] }) => {
        if (added.includes(id) || updated.includes(id)) relayed++;
      };
      t.observer.provider.awareness.on('update', count);
      for (let i = 0; i < 300; i++) t.hostile.provider.awareness.setLocalStateField('cursor', { x: i, y: i });
      // Coalesced to about 20 a second, a member sees a handful; uncoalesced, all 300.
      return () => {
        t.observer.provider.awareness.off('update', count);
        return relayed > 100;
      };
    },
  },
];
