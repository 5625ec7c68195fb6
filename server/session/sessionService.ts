import { ensureActionPoints, reopenActionPoints } from '../../shared/board/actionPoints.ts';
import { randomId } from '../../shared/id.ts';
import { amendmentOriginal } from '../../shared/text/amendment.ts';
import { can, rolesThatMay, type Principal } from '../../shared/roles.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { publicSessionState, type SessionEvent, type SessionState } from '../../shared/schemas/session.ts';
import { rooms, type ControlServer, type ControlSocket } from '../control/controlServer.ts';
import { registerSessionHandlers } from '../control/sessionHandlers.ts';
import type { Logger } from '../logger.ts';
import { docNameOf, type Storage } from '../storage/Storage.ts';
import type { DocManager } from '../yjs/DocManager.ts';
import type { BoardHooks } from '../yjs/boardHooks.ts';
import type { Cluster } from '../cluster/startCluster.ts';
import type { SharedDoc } from '../yjs/SharedDoc.ts';
import type { WorkshopEvents } from '../workshopEvents.ts';
import { currentTitle } from '../organiser/details.ts';
import { createBoardRules } from './boardRules.ts';
import { done, unknownGroup, type CommandEvent, type CommandResult } from './command.ts';
import { sessionCommands } from './commands.ts';
import { timerFinish } from './controlCommands.ts';
import { PlenaryAggregator, type PlenaryOutput, type WorkshopMeta } from './plenaryAggregator.ts';
import { SessionStore } from './SessionStore.ts';
import { isDue } from './timer.ts';
import { TimerScheduler } from './timerScheduler.ts';

export interface SessionServiceOptions {
  io: ControlServer;
  storage: Storage;
  docs: DocManager;
  log: Logger;
  /** Changes made outside the control channel (a new title) that the screens must hear. */
  events?: WorkshopEvents;
  plenaryIntervalMs?: number;
  /** The other processes (REDIS_URL set): session changes are told to them and taken from them. */
  cluster?: Pick<Cluster, 'bus' | 'onResync'> | undefined;
}

/** Roles whose screens show the plenary snapshot; while one is connected, the workshop is watched. */
const SNAPSHOT_ROLES = rolesThatMay('watchPlenary');
/** Roles that receive the ballot (the voters). */
const BALLOT_ROLES = rolesThatMay('vote');
const SERVER: ChangeOrigin = { kind: 'server' };

/**
 * The session of every workshop, composed: state store, timer wake-ups, plenary aggregator,
 * Socket.IO handlers and broadcasts, and the rules the board channel asks (locks, submitted).
 */
export function createSessionService({ io, storage, docs, log, events, plenaryIntervalMs, cluster }: SessionServiceOptions) {
  const sessions = new SessionStore(storage, log);
  const metas = new Map<string, Promise<WorkshopMeta | undefined>>();
  const scheduler = new TimerScheduler((id) => void finishTimer(id).catch((err: unknown) => {
    log.error({ err, workshopId: id }, 'could not finish the timer');
  }));
  const armed = new Set<string>();
  /** The current title of each loaded workshop, sent with every `session` event. */
  const titles = new Map<string, string>();

  /** Title and groups; cached (groups never change; a new title drops the entry, see below). */
  function workshop(id: string): Promise<WorkshopMeta | undefined> {
    let meta = metas.get(id);
    if (!meta) {
      meta = (async () => {
        const w = await storage.getWorkshop(id);
        if (!w) return undefined;
        const groups = await storage.listGroups(id);
        const title = (await currentTitle(storage, id)) ?? w.title;
        titles.set(id, title);
        return { id, title, groups: groups.map((g) => ({ id: g.id, name: g.name })) };
      })();
      // Never cache a failure or an unknown id: it may be a moment from existing.
      void meta.then((m) => { if (!m) metas.delete(id); }, () => metas.delete(id));
      metas.set(id, meta);
    }
    return meta;
  }

  /** The session, loaded on first use; a timer that ran out while the server was down ends now. */
  async function load(id: string): Promise<SessionState> {
    const state = await sessions.get(id);
    if (!titles.has(id)) await workshop(id);
    if (!armed.has(id)) {
      armed.add(id);
      scheduler.sync(id, state.timer);
    }
    return state;
  }

  const sessionEvent = (id: string, state: SessionState): SessionEvent => {
    const title = titles.get(id);
    return { state: publicSessionState(state), serverNow: Date.now(), ...(title === undefined ? {} : { title }) };
  };

  /**
   * To this process's sockets only: every process that has watchers of a workshop holds its
   * boards, hears each stored update (its own or over Redis) and computes the snapshot itself;
   * sent across processes as well, each screen would get every snapshot once per process.
   */
  function publish(id: string, changed: Partial<PlenaryOutput>): void {
    if (changed.snapshot) {
      io.local.to(SNAPSHOT_ROLES.map((r) => rooms.role(id, r))).emit('plenary', { snapshot: changed.snapshot });
    }
    if (changed.ballot) io.local.to(BALLOT_ROLES.map((r) => rooms.role(id, r))).emit('ballot', changed.ballot);
  }

  const aggregator = new PlenaryAggregator({
    docs, log, workshop, publish, session: load,
    ...(plenaryIntervalMs === undefined ? {} : { intervalMs: plenaryIntervalMs }),
  });

  /**
   * A stored change, made here or (`remote`) by another process. Each process tells its own
   * sockets, after its copy of the state is current: a participant on B who was told of a
   * lock set on A is then refused by B, never only by A.
   */
  function afterChange(id: string, state: SessionState, remote = false): void {
    if (!remote || armed.has(id)) scheduler.sync(id, state.timer);
    io.local.to(rooms.workshop(id)).emit('session', sessionEvent(id, state));
    aggregator.changed(id);
    if (!remote) cluster?.bus.publish({ kind: 'session', workshopId: id });
  }

  /** Another process changed a session (it is stored): read it again and tell our sockets. */
  async function takeRemote(id: string): Promise<void> {
    const state = await sessions.refresh(id);
    if (state) afterChange(id, state, true);
  }
  cluster?.bus.on((message) => (message.kind === 'session' ? takeRemote(message.workshopId) : undefined));
  // Messages sent while Redis was away are lost: every loaded session is read again.
  cluster?.onResync(async () => {
    await Promise.all(sessions.loaded().map(takeRemote));
  });

  async function finishTimer(id: string): Promise<void> {
    const { result, changed } = await sessions.apply(id, (s) => done(isDue(s.timer, Date.now()) ? timerFinish(s, Date.now()) : s));
    if (!result.ok) return;
    if (!changed) {
      scheduler.sync(id, result.state.timer); // Woken a little early, or the timer moved meanwhile.
      return;
    }
    io.to(rooms.workshop(id)).emit('timer:done', { at: result.state.timer.doneAt ?? Date.now(), pensDown: result.state.timer.pensDown });
    afterChange(id, result.state);
  }

  /** Writes to every group document, e.g. the action-point slots when the step opens. */
  async function writeGroups(id: string, groupIds: readonly string[], write: (doc: SharedDoc) => void): Promise<void> {
    await Promise.all(groupIds.map(async (groupId) => {
      const hold = await docs.hold(docNameOf(id, groupId));
      try {
        write(hold.doc);
        await hold.doc.flush();
      } finally {
        hold.release();
      }
    }));
  }

  async function run(principal: Principal, event: CommandEvent, payload: unknown): Promise<CommandResult> {
    const id = principal.workshopId;
    await load(id);
    const groupIds = (await workshop(id))?.groups.map((g) => g.id) ?? [];
    let liveApKeys: Set<string> | undefined;
    let originals: Map<string, string> | undefined;
    if (event === 'ballot:vote') {
      const output = aggregator.latest(id) ?? await aggregator.compute(id);
      // Votes go to submitted action points only: a group still editing is not on the ballot.
      liveApKeys = new Set(output?.snapshot.groups.filter((g) => g.submitted)
        .flatMap((g) => g.actionPoints.filter((ap) => ap.state !== 'empty').map((ap) => ap.apKey)));
    } else if (event === 'decision:set') {
      const output = aggregator.latest(id) ?? await aggregator.compute(id);
      originals = new Map(output?.snapshot.groups.flatMap((g) => g.actionPoints.map((ap) => [ap.apKey, amendmentOriginal(ap)] as const)));
    }
    const command = sessionCommands[event].run as (s: SessionState, p: unknown, c: object) => CommandResult;
    const { result, changed } = await sessions.apply(id, (s) => command(s, payload, {
      now: Date.now(), groupIds, newId: () => randomId(8), ...(liveApKeys ? { liveApKeys } : {}), ...(originals ? { originals } : {}),
    }));
    if (!changed || !result.ok) return result;
    afterChange(id, result.state);
    if (event === 'actionStep:set' && result.state.actionStepOpen) {
      await writeGroups(id, groupIds, (doc) => ensureActionPoints(doc.doc, SERVER));
    }
    return result;
  }

  async function reopen(principal: Principal, groupId: string): Promise<CommandResult> {
    const id = principal.workshopId;
    const groupIds = (await workshop(id))?.groups.map((g) => g.id) ?? [];
    const missing = unknownGroup({ now: 0, groupIds, newId: () => '' }, groupId);
    if (missing) return missing;
    await writeGroups(id, [groupId], (doc) => reopenActionPoints(doc.doc, SERVER));
    return done(await load(id));
  }

  function onConnection(socket: ControlSocket): void {
    const principal = socket.data.principal;
    const id = principal.workshopId;
    registerSessionHandlers(socket, { run, reopen, log });
    const watching = can(principal, 'watchPlenary');
    const voting = can(principal, 'vote');
    // Counted at once (not after the load), so a socket that leaves early is uncounted too.
    const watched = watching ? aggregator.watch(id) : Promise.resolve();
    if (watching) socket.on('disconnect', () => aggregator.unwatch(id));
    void (async () => {
      const state = await load(id);
      socket.emit('session', sessionEvent(id, state));
      await watched;
      // A participant needs the list only to vote; computing it loads every group's board.
      if (watching || (voting && state.ballot.open)) {
        const output = (voting && aggregator.latest(id)) || await aggregator.compute(id);
        if (!output || !socket.connected) return;
        if (watching) socket.emit('plenary', { snapshot: output.snapshot });
        else socket.emit('ballot', output.ballot);
      }
    })().catch((err: unknown) => log.error({ err, workshopId: id }, 'could not send the session'));
  }

  // A new title: every screen of a live workshop gets it with the session, the beamer with a
  // new snapshot (which names the workshop too).
  events?.on('titleChanged', (id, title) => {
    metas.delete(id);
    if (!armed.has(id)) return; // nobody has it open (then its session is not in memory)
    titles.set(id, title);
    load(id).then((state) => afterChange(id, state), (err: unknown) => {
      log.error({ err, workshopId: id }, 'could not announce the new title');
    });
  });

  const rules = createBoardRules(sessions);
  /** The session's extension of the board channel: locks, and the plenary following each stored update. */
  const boardHooks: BoardHooks = {
    canWrite: rules.isWritable,
    // Loads the workshop's session before a board socket's first update is judged.
    prepare: async (principal) => {
      await load(principal.workshopId);
    },
    afterStore: (doc) => aggregator.docStored(doc.name),
  };
  return {
    onConnection,
    boardHooks,
    /** Drops a deleted workshop from memory, so that no timer or snapshot brings it back. */
    forget(workshopId: string): void {
      scheduler.clear(workshopId);
      sessions.forget(workshopId);
      metas.delete(workshopId);
      titles.delete(workshopId);
      armed.delete(workshopId);
    },
    close(): void {
      scheduler.close();
      aggregator.close();
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
