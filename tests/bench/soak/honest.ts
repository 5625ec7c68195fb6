import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addNote, moveItem, setNoteText } from '../../../shared/board/notes.ts';
import { itemsOf, type ChangeOrigin } from '../../../shared/board/schema.ts';
import type { BoardClient } from '../../helpers/yjsClient.ts';
import { LatencyWindow } from './metrics.ts';

/*
 * Honest laptops: each edits its own notes through the board model, the way the board page
 * does, and watches its group's other notes arrive. Every edit writes `#<seq> <words>` into a
 * note, so a receiver knows from the text alone which edits reached it; the send time is kept
 * in this process, whose clock the receivers share.
 */

/** One honest note: who writes it and what they wrote last. */
export interface NoteRecord {
  group: number;
  seq: number;
  text: string;
}

/** What all honest clients add up to. */
export class Ledger {
  readonly latency = new LatencyWindow();
  /** Fan-out latency on the boards a hostile client attacks. */
  readonly attackedLatency = new LatencyWindow();
  expected = 0;
  received = 0;
  readonly notes = new Map<string, NoteRecord>();
  /** `<noteId>#<seq>` → when it was written, and how many receivers still have to see it. */
  readonly sent = new Map<string, { at: number; left: number }>();
  /** Told after every delivery (the end of the run waits on it). */
  onDelivery: () => void = () => {};
  /** Refusal notices and close codes honest clients got: there should be none. */
  readonly honestTrouble = new Map<string, number>();

  count(what: string): void {
    this.honestTrouble.set(what, (this.honestTrouble.get(what) ?? 0) + 1);
  }
}

export interface HonestGroup {
  index: number;
  attacked: boolean;
  members: HonestClient[];
  /** Ids of the honest notes of this group. */
  noteIds: Set<string>;
}

const WORDS = ['woning', 'melding', 'wijk', 'gemeente', 'politie', 'overleg', 'signaal', 'buurt', 'casus', 'aanpak', 'huurder', 'verhuurder'];
const SEQ = /^#(\d+) /;

export class HonestClient {
  private readonly origin: ChangeOrigin = { kind: 'local' };
  private readonly own: string[] = [];
  private readonly seen = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    readonly client: BoardClient,
    readonly name: string,
    private readonly group: HonestGroup,
    private readonly ledger: Ledger,
    private readonly editMeanMs: number,
  ) {
    client.doc.on('update', this.onUpdate);
  }

  start(): void {
    this.running = true;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (!this.running) return;
    // Exponential gaps: laptops do not type in step.
    const gap = -Math.log(1 - Math.random()) * this.editMeanMs;
    this.timer = setTimeout(() => {
      this.edit();
      this.schedule();
    }, gap);
  }

  private edit(): void {
    const { doc, provider } = this.client;
    const words = Array.from({ length: 3 + Math.floor(Math.random() * 6) }, () => WORDS[Math.floor(Math.random() * WORDS.length)]).join(' ');
    const x = Math.round(Math.random() * 4000);
    const y = Math.round(Math.random() * 3000);
    provider.awareness.setLocalStateField('cursor', { x, y });
    if (this.own.length === 0 || (this.own.length < 4 && Math.random() < 0.05)) {
      const text = `#1 ${words}`;
      const id = addNote(doc, { x, y, text }, this.origin);
      this.own.push(id);
      this.group.noteIds.add(id);
      this.ledger.notes.set(id, { group: this.group.index, seq: 1, text });
      this.record(id, 1);
    } else if (Math.random() < 0.9) {
      const id = this.own[Math.floor(Math.random() * this.own.length)]!;
      const note = this.ledger.notes.get(id)!;
      note.seq++;
      note.text = `#${note.seq} ${words}`;
      setNoteText(doc, id, note.text, this.origin);
      this.record(id, note.seq);
    } else {
      moveItem(doc, this.own[Math.floor(Math.random() * this.own.length)]!, x, y, this.origin);
    }
  }

  private record(id: string, seq: number): void {
    const peers = this.group.members.length - 1;
    this.ledger.sent.set(`${id}#${seq}`, { at: performance.now(), left: peers });
    this.ledger.expected += peers;
  }

  /** After each update from the server: which of the group's notes moved on, and by how much. */
  private onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin !== this.client.provider) return;
    const now = performance.now();
    const items = itemsOf(this.client.doc);
    for (const id of this.group.noteIds) {
      if (this.own.includes(id)) continue;
      const text = items.get(id)?.get('text');
      if (!(text instanceof Y.Text)) continue;
      const seq = Number(SEQ.exec(text.toString())?.[1] ?? 0);
      const before = this.seen.get(id) ?? 0;
      if (seq <= before) continue;
      this.seen.set(id, seq);
      for (let s = before + 1; s <= seq; s++) this.delivered(`${id}#${s}`, now);
    }
  };

  private delivered(key: string, now: number): void {
    this.ledger.received++;
    const sent = this.ledger.sent.get(key);
    if (sent) {
      const ms = now - sent.at;
      this.ledger.latency.add(ms);
      if (this.group.attacked) this.ledger.attackedLatency.add(ms);
      if (--sent.left === 0) this.ledger.sent.delete(key);
    }
    this.ledger.onDelivery();
  }

  destroy(): void {
    this.stop();
    this.client.doc.off('update', this.onUpdate);
    this.client.destroy();
  }
}
