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
    const raw = await this.storage.getState(workshopId, SESSION_STATE_KEY);
    let state = defaultSessionState();
    if (raw !== undefined) {
      const parsed = safeJson(raw);
      const checked = SessionState.safeParse(parsed);
      if (checked.success) state = checked.data;
      // Starting over beats refusing the workshop; the bad copy is overwritten on the next change.
      else this.log.error({ workshopId, issue: checked.error.issues[0]?.message }, 'stored session state unreadable; using defaults');
    }
    this.states.set(workshopId, state);
    return state;
  }

  /**
   * Runs `change` on the current state, after every earlier change of this workshop. When it
   * returns a new state, that state is stored before the promise resolves.
   */
  apply(workshopId: string, change: (state: SessionState) => CommandResult): Promise<{ result: CommandResult; changed: boolean }> {
    const previous = this.queues.get(workshopId) ?? Promise.resolve();
    const run = previous.then(async () => {
      const state = await this.get(workshopId);
      const result = change(state);
      if (!result.ok || result.state === state) return { result, changed: false };
      await this.storage.setState(workshopId, SESSION_STATE_KEY, JSON.stringify(result.state));
      this.states.set(workshopId, result.state);
      return { result, changed: true };
    });
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
