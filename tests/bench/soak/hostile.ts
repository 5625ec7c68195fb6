import * as Y from 'yjs';
import { recordNotices, type NoticeLog } from '../../helpers/boardAttack.ts';
import { connectBoard, type BoardClient } from '../../helpers/yjsClient.ts';
import { ATTACKS, type Attack, type AttackTarget, type Check } from './attacks.ts';
import type { HonestGroup } from './honest.ts';
import { roundTrip, untilConnected } from './wire.ts';

/** How each attack fared, over all hostile clients. */
export interface AttackTally {
  sent: number;
  /** An honest member's copy shows the attack's effect. */
  tookEffect: number;
  /** Kept out of every member's copy. */
  keptOut: number;
  /** Not visible from a member's copy (the gap attack), or no barrier answer. */
  unseen: number;
  /** Skipped: the board had already taken in more than the cap. */
  paused: number;
  /** Refusal notices the attacker got, by reason. */
  refusals: Map<string, number>;
  /** Sockets of the attacker the server closed, by close code. */
  closes: Map<number, number>;
}

export const tallies = new Map<string, AttackTally>(ATTACKS.map((a) => [a.name, {
  sent: 0, tookEffect: 0, keptOut: 0, unseen: 0, paused: 0, refusals: new Map(), closes: new Map(),
}]));

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * One hostile participant on one board (plus a plenary token there), sending the attacks in
 * turn, and an honest facilitator (`observer`) whose copy tells what got through.
 */
export class HostileAgent {
  readonly hostile: BoardClient;
  readonly plenary: BoardClient;
  private readonly notices: NoticeLog;
  private round = 0;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private last: { attack: Attack; check: Check; notices: number } | null = null;
  /** Bytes of document updates the honest observer received: what an attack costs members. */
  observerBytes = 0;

  constructor(
    readonly observer: BoardClient,
    private readonly group: HonestGroup,
    tokens: { participant: string; plenary: string },
    at: { wsUrl: string; workshopId: string; groupId: string },
    private readonly big: string,
    private readonly capBytes: number,
  ) {
    this.hostile = connectBoard(at.wsUrl, at.workshopId, at.groupId, tokens.participant);
    this.plenary = connectBoard(at.wsUrl, at.workshopId, at.groupId, tokens.plenary);
    this.notices = recordNotices(this.hostile);
    this.hostile.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event && this.last) bump(tallies.get(this.last.attack.name)!.closes, event.code);
    });
    observer.doc.on('update', (u: Uint8Array) => { this.observerBytes += u.byteLength; });
  }

  get synced(): Promise<unknown> {
    return Promise.all([this.hostile.synced, this.plenary.synced]);
  }

  start(intervalMs: number): void {
    this.running = true;
    const tick = async () => {
      if (!this.running) return;
      await this.attackOnce();
      if (this.running) this.timer = setTimeout(() => void tick(), intervalMs);
    };
    this.timer = setTimeout(() => void tick(), Math.random() * intervalMs);
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.settle();
  }

  private settle(): void {
    if (!this.last) return;
    const { attack, check, notices } = this.last;
    const tally = tallies.get(attack.name)!;
    const verdict = check();
    if (verdict === true) tally.tookEffect++;
    else if (verdict === false) tally.keptOut++;
    else tally.unseen++;
    for (const n of this.notices.notices.slice(notices)) if (n.kind === 'refused') bump(tally.refusals, n.reason);
    this.last = null;
  }

  private async attackOnce(): Promise<void> {
    // The previous attack is judged now, an interval later: presence changes may be coalesced.
    this.settle();
    const attack = ATTACKS[this.round % ATTACKS.length]!;
    this.round++;
    const tally = tallies.get(attack.name)!;
    if (attack.payload && this.observerBytes > this.capBytes) {
      tally.paused++;
      return;
    }
    if (!(await untilConnected(this.hostile)) || !(await untilConnected(this.plenary))) return;
    const target: AttackTarget = {
      hostile: this.hostile, plenary: this.plenary, observer: this.observer, group: this.group, big: this.big, round: this.round,
    };
    if (attack.prepare) {
      attack.prepare(target);
      // The facilitator's change is stored before the attack reaches the server.
      await roundTrip(this.observer);
    }
    const notices = this.notices.notices.length;
    const check = attack.send(target);
    tally.sent++;
    this.last = { attack, check, notices };
    // Whatever the server did with it has reached the observer after these two answers.
    await roundTrip(this.hostile);
    await roundTrip(this.observer);
  }

  /**
   * What a laptop joining this board now downloads, in bytes, and how much of it is pending
   * structs (updates that wait for a dependency: never stored, finding 2).
   */
  async lateJoiner(at: { wsUrl: string; workshopId: string; groupId: string }, token: string): Promise<{ bytes: number; pending: number }> {
    const joiner = connectBoard(at.wsUrl, at.workshopId, at.groupId, token);
    joiner.provider.awareness.setLocalState(null);
    try {
      if (!(await untilConnected(joiner, 60_000))) return { bytes: NaN, pending: NaN };
      const pending = joiner.doc.store.pendingStructs?.update.byteLength ?? 0;
      return { bytes: Y.encodeStateAsUpdate(joiner.doc).byteLength, pending };
    } finally {
      joiner.destroy();
    }
  }

  destroy(): void {
    this.stop();
    this.hostile.destroy();
    this.plenary.destroy();
  }
}
