import { SessionState } from '../../shared/schemas/session.ts';
import type { Logger } from '../logger.ts';
import type { Storage } from '../storage/Storage.ts';
import type { CommandResult } from './command.ts';
import { defaultSessionState } from './defaultSession.ts';

/** Key of the session JSON in the workshop's state (Storage.getState/setState). */
export const SESSION_STATE_KEY = 'session';

/**
 * The session state of each workshop: loaded on first use, kept in memory, and stored as JSON
 * after every change, before anyone is told of it (so a restart never forgets what a client
 * saw). Changes of one workshop run one at a time, so two facilitators cannot interleave.
 */
export class SessionStore {
  private readonly states = new Map<string, SessionState>();
  private readonly loading = new Map<string, Promise<SessionState>>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly storage: Storage, private readonly log: Logger) {}

  /** The state if it is loaded; the board channel asks this for every update, synchronously. */
  peek(workshopId: string): SessionState | undefined {
    return this.states.get(workshopId);
  }

  /** The state, loading it on first use. */
  get(workshopId: string): Promise<SessionState> {
    const loaded = this.states.get(workshopId);
    if (loaded) return Promise.resolve(loaded);
    let loading = this.loading.get(workshopId);
    if (!loading) {
      loading = this.load(workshopId).finally(() => this.loading.delete(workshopId));
      this.loading.set(workshopId, loading);
    }
    return loading;
  }

  private async load(workshopId: string): Promise<SessionState> {
    const state = this.parse(workshopId, await this.storage.getState(workshopId, SESSION_STATE_KEY));
    this.states.set(workshopId, state);
    return state;
  }

  private parse(workshopId: string, raw: string | undefined): SessionState {
    if (raw === undefined) return defaultSessionState();
    const checked = SessionState.safeParse(safeJson(raw));
    if (checked.success) return checked.data;
    // Starting over beats refusing the workshop; the bad copy is overwritten on the next change.
    this.log.error({ workshopId, issue: checked.error.issues[0]?.message }, 'stored session state unreadable; using defaults');
    return defaultSessionState();
  }

  /**
   * Runs `change` on the stored state, after every earlier change of this workshop, as one
   * atomic read-modify-write of storage (Storage.updateState): with several processes sharing
   * PostgreSQL, another one may have changed the state since this one last read it. When it
   * returns a new state, that state is stored before the promise resolves.
   */
  apply(workshopId: string, change: (state: SessionState) => CommandResult): Promise<{ result: CommandResult; changed: boolean }> {
    return this.enqueue(workshopId, async () => {
      let outcome: { result: CommandResult; changed: boolean; state: SessionState } | undefined;
      await this.storage.updateState(workshopId, SESSION_STATE_KEY, (raw) => {
        const state = this.parse(workshopId, raw);
        const result = change(state);
        const changed = result.ok && result.state !== state;
        outcome = { result, changed, state: result.ok ? result.state : state };
        return changed ? JSON.stringify(result.state) : undefined;
      });
      const { result, changed, state } = outcome!;
      this.states.set(workshopId, state);
      return { result, changed };
    });
  }

  /**
   * Reads the stored state again, after another process changed it (server/cluster/); in
   * line with this workshop's changes, so that two refreshes cannot land out of order.
   * Resolves with the state, or undefined when the workshop is not loaded here.
   */
  refresh(workshopId: string): Promise<SessionState | undefined> {
    if (!this.states.has(workshopId)) return Promise.resolve(undefined);
    return this.enqueue(workshopId, () => this.load(workshopId));
  }

  /** The workshops whose session is loaded in this process. */
  loaded(): string[] {
    return [...this.states.keys()];
  }

  private enqueue<T>(workshopId: string, step: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(workshopId) ?? Promise.resolve();
    const run = previous.then(step);
    // The queue must go on after a failure; the caller still sees the error through `run`.
    const tail = run.catch(() => undefined);
    this.queues.set(workshopId, tail);
    void tail.then(() => {
      if (this.queues.get(workshopId) === tail) this.queues.delete(workshopId);
    });
    return run;
  }

  /** Forgets a workshop (deleted). */
  forget(workshopId: string): void {
    this.states.delete(workshopId);
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
