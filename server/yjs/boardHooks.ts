import type * as Y from 'yjs';
import type { Principal } from '../../shared/roles.ts';
import type { Logger } from '../logger.ts';
import type { SharedDoc } from './SharedDoc.ts';
import type { Refusal } from './transactionJudge.ts';

/*
 * The extension points of the board channel, one typed hook per moment of a socket's and a
 * document's life, in the manner of Hocuspocus's `Extension`. The session (locks, plenary) and
 * the Redis fan-out between processes are each one `BoardHooks` object registered on the
 * chain; the channel itself (yjsServer, DocManager, SharedDoc) only ever calls the chain.
 */

/** A board room: one group's document of one workshop. */
export interface BoardRoom {
  workshopId: string;
  groupId: string;
}

/** Where an update or a presence change came from, as the hooks see it. */
export type ChangeSource =
  /** From a socket of this process (or the server itself): stored here, before this hook. */
  | 'local'
  /** From another process over Redis: stored there already, never to be stored or published again. */
  | 'remote';

/** Transaction origin of updates applied from another process (SharedDoc.applyRemote). */
export const REMOTE_ORIGIN = Symbol('remote');

/** A socket refused at admission: closed with `code` before any document byte is sent. */
export interface AdmitRefusal {
  code: number;
  reason: string;
}

export interface BoardHooks {
  /**
   * After the token allowed reading the room, before the socket is attached: may refuse it.
   * Runs during the upgrade, so it is bounded by UPGRADE_TIMEOUT_MS.
   */
  admit?(principal: Principal, room: BoardRoom): Promise<AdmitRefusal | undefined>;
  /**
   * Once per admitted socket, before its first frame is handled: load what `canWrite` needs
   * so that it can answer synchronously (e.g. the workshop's session state).
   */
  prepare?(principal: Principal, room: BoardRoom): Promise<void>;
  /** Asked for every incoming update, so that a lock set later takes effect at once. */
  canWrite?(principal: Principal, room: BoardRoom): boolean;
  /** A board rule beyond the built-in ones (transactionJudge.ts): a refusal undoes the transaction. */
  judge?(doc: Y.Doc, transaction: Y.Transaction): Refusal | null;
  /** Before a document's stored log is read: e.g. subscribe to other processes' updates first. */
  beforeLoad?(doc: SharedDoc): Promise<void>;
  /** An update is in the document and was sent to this process's sockets (see ChangeSource). */
  afterStore?(doc: SharedDoc, update: Uint8Array, source: ChangeSource): void;
  /** A presence (awareness) change was sent to this process's sockets. */
  onAwareness?(doc: SharedDoc, update: Uint8Array, source: ChangeSource): void;
  /** The document was stored and freed. */
  afterUnload?(doc: SharedDoc): Promise<void>;
}

/**
 * The registered hooks, called in registration order. `admit`: the first refusal wins;
 * `canWrite`: every hook must allow; `judge`: the first refusal wins. A notification hook
 * (`afterStore`, `onAwareness`) that throws is logged and the others still run: one
 * extension's failure must not stop the broadcast path.
 */
export class BoardHookChain implements Required<BoardHooks> {
  private readonly list: BoardHooks[] = [];

  constructor(private readonly log: Logger) {}

  /** Registers an extension; call before the server listens. */
  use(hooks: BoardHooks): this {
    this.list.push(hooks);
    return this;
  }

  async admit(principal: Principal, room: BoardRoom): Promise<AdmitRefusal | undefined> {
    for (const h of this.list) {
      const refusal = await h.admit?.(principal, room);
      if (refusal) return refusal;
    }
    return undefined;
  }

  async prepare(principal: Principal, room: BoardRoom): Promise<void> {
    for (const h of this.list) await h.prepare?.(principal, room);
  }

  canWrite(principal: Principal, room: BoardRoom): boolean {
    return this.list.every((h) => h.canWrite?.(principal, room) ?? true);
  }

  judge(doc: Y.Doc, transaction: Y.Transaction): Refusal | null {
    for (const h of this.list) {
      const refusal = h.judge?.(doc, transaction);
      if (refusal) return refusal;
    }
    return null;
  }

  async beforeLoad(doc: SharedDoc): Promise<void> {
    for (const h of this.list) await h.beforeLoad?.(doc);
  }

  afterStore(doc: SharedDoc, update: Uint8Array, source: ChangeSource): void {
    for (const h of this.list) this.notify(doc, 'afterStore', () => h.afterStore?.(doc, update, source));
  }

  onAwareness(doc: SharedDoc, update: Uint8Array, source: ChangeSource): void {
    for (const h of this.list) this.notify(doc, 'onAwareness', () => h.onAwareness?.(doc, update, source));
  }

  async afterUnload(doc: SharedDoc): Promise<void> {
    for (const h of this.list) {
      await h.afterUnload?.(doc).catch((err: unknown) => this.log.error({ err, doc: doc.name }, 'afterUnload hook failed'));
    }
  }

  private notify(doc: SharedDoc, hook: string, call: () => void): void {
    try {
      call();
    } catch (err) {
      this.log.error({ err, doc: doc.name, hook }, 'board hook failed');
    }
  }
}
