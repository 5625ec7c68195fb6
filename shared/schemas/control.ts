import * as z from 'zod';
import { Limits } from '../limits.ts';
import type { BallotItems, PlenaryEvent } from './plenary.ts';
import { BrainstormSet } from './brainstorm.ts';
import type { SessionEvent } from './session.ts';
import {
  ActionPointsReopen, ActionStepSet, AgendaNow, AgendaSet, BallotMine, BallotSet, BallotVote,
  DecisionSet, LockSet, MessageSend, NoPayload, PlenaryJoinQr, PlenaryResult, PlenaryReveal, PlenarySpotlight,
  ThemeMerge, ThemeSplit, TimerAdjust, TimerPensDown, TimerStart, type TimerDone,
} from './sessionEvents.ts';

/** Version of the control protocol, sent by the client in the handshake. */
export const CONTROL_PROTOCOL_VERSION = 1;

/** `auth` of the Socket.IO handshake. */
export const ControlAuth = z.object({
  workshopId: z.string().min(1).max(64),
  token: z.string().min(1).max(256),
  protocol: z.literal(CONTROL_PROTOCOL_VERSION).optional(),
});
export type ControlAuth = z.infer<typeof ControlAuth>;

/** `presence:set`: what a client tells about itself. All optional: names are never required. */
export const PresenceSet = z.object({
  name: z.string().trim().max(Limits.displayNameLength).optional(),
  /** For facilitators and organisers: the board they are looking at. */
  groupId: z.string().max(64).nullable().optional(),
});
export type PresenceSet = z.infer<typeof PresenceSet>;

export const PresenceMember = z.object({
  id: z.string(),
  role: z.enum(['organiser', 'facilitator', 'plenary', 'join', 'participant']),
  groupId: z.string().nullable(),
  name: z.string(),
});
export type PresenceMember = z.infer<typeof PresenceMember>;

export const PresenceList = z.object({ members: z.array(PresenceMember) });
export type PresenceList = z.infer<typeof PresenceList>;

export const ControlErrorCode = {
  invalidPayload: 'invalid_payload',
  forbidden: 'forbidden',
  unknownEvent: 'unknown_event',
  /** An unknown group, action point, agenda segment or theme. */
  notFound: 'not_found',
  /** Valid, but not now: the ballot is closed, no votes left, nothing to resume… */
  conflict: 'conflict',
  /** A bug or a storage failure; details only in the server log. */
  internal: 'internal',
  /** Too many unknown, invalid or forbidden events: the server disconnects this socket. */
  rateLimited: 'rate_limited',
} as const;
export type ControlErrorCode = (typeof ControlErrorCode)[keyof typeof ControlErrorCode];

export const ControlError = z.object({
  code: z.enum(['invalid_payload', 'forbidden', 'unknown_event', 'not_found', 'conflict', 'internal', 'rate_limited']),
  event: z.string(),
  message: z.string(),
});
export type ControlError = z.infer<typeof ControlError>;

/**
 * Socket.IO acknowledgement of a session event, when the client passes a callback. A refusal
 * is also sent as `control:error`, so a client without callbacks learns of it too.
 */
export type ControlReply<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; error: ControlErrorCode; message: string };
export type Ack<T extends object = object> = (reply: ControlReply<T>) => void;

/** Server → client `workshop:deleted`: the workshop is gone; the socket is disconnected next. */
export const WorkshopDeletedEvent = z.object({ workshopId: z.string().min(1).max(64) });
export type WorkshopDeletedEvent = z.infer<typeof WorkshopDeletedEvent>;

/** Events the server emits. */
export interface ServerToClientEvents {
  presence: (list: PresenceList) => void;
  'control:error': (err: ControlError) => void;
  /** To the whole workshop on connect and after every change. */
  session: (event: SessionEvent) => void;
  /** To plenary, facilitator and organiser sockets; throttled, only when changed. */
  plenary: (event: PlenaryEvent) => void;
  /** To participants: the action points of the ballot. */
  ballot: (items: BallotItems) => void;
  /** Once, when the timer reaches zero. */
  'timer:done': (event: TimerDone) => void;
  /** To the whole workshop when it is deleted, just before its sockets are disconnected. */
  'workshop:deleted': (event: WorkshopDeletedEvent) => void;
}

type Empty = Record<string, never> | null | undefined;

/** Events a client may emit; every payload is validated with the schema of the same name. */
export interface ClientToServerEvents {
  'presence:set': (payload: PresenceSet) => void;
  // Facilitator and organiser only (docs/api.md, "Session events").
  'agenda:set': (payload: AgendaSet, ack?: Ack) => void;
  'agenda:now': (payload: AgendaNow, ack?: Ack) => void;
  'timer:start': (payload: TimerStart, ack?: Ack) => void;
  'timer:pause': (payload: Empty, ack?: Ack) => void;
  'timer:resume': (payload: Empty, ack?: Ack) => void;
  'timer:adjust': (payload: TimerAdjust, ack?: Ack) => void;
  'timer:reset': (payload: Empty, ack?: Ack) => void;
  'timer:pensDown': (payload: TimerPensDown, ack?: Ack) => void;
  'message:send': (payload: MessageSend, ack?: Ack) => void;
  'message:clear': (payload: Empty, ack?: Ack) => void;
  'lock:set': (payload: LockSet, ack?: Ack) => void;
  'actionStep:set': (payload: ActionStepSet, ack?: Ack) => void;
  'actionPoints:reopen': (payload: ActionPointsReopen, ack?: Ack) => void;
  'plenary:reveal': (payload: PlenaryReveal, ack?: Ack) => void;
  'plenary:spotlight': (payload: PlenarySpotlight, ack?: Ack) => void;
  'plenary:joinQr': (payload: PlenaryJoinQr, ack?: Ack) => void;
  'plenary:result': (payload: PlenaryResult, ack?: Ack) => void;
  'ballot:set': (payload: BallotSet, ack?: Ack) => void;
  'decision:set': (payload: DecisionSet, ack?: Ack) => void;
  'theme:merge': (payload: ThemeMerge, ack?: Ack<{ themeId: string }>) => void;
  'theme:split': (payload: ThemeSplit, ack?: Ack) => void;
  'brainstorm:set': (payload: BrainstormSet, ack?: Ack) => void;
  // Participants.
  'ballot:vote': (payload: BallotVote, ack?: Ack<{ votes: Record<string, number> }>) => void;
  'ballot:mine': (payload: BallotMine, ack?: Ack<{ votes: Record<string, number> }>) => void;
}

/** Schemas by event name, so the server validates each event in one place. */
export const clientEventSchemas = {
  'presence:set': PresenceSet,
  'agenda:set': AgendaSet,
  'agenda:now': AgendaNow,
  'timer:start': TimerStart,
  'timer:pause': NoPayload,
  'timer:resume': NoPayload,
  'timer:adjust': TimerAdjust,
  'timer:reset': NoPayload,
  'timer:pensDown': TimerPensDown,
  'message:send': MessageSend,
  'message:clear': NoPayload,
  'lock:set': LockSet,
  'actionStep:set': ActionStepSet,
  'actionPoints:reopen': ActionPointsReopen,
  'plenary:reveal': PlenaryReveal,
  'plenary:spotlight': PlenarySpotlight,
  'plenary:joinQr': PlenaryJoinQr,
  'plenary:result': PlenaryResult,
  'ballot:set': BallotSet,
  'decision:set': DecisionSet,
  'theme:merge': ThemeMerge,
  'theme:split': ThemeSplit,
  'brainstorm:set': BrainstormSet,
  'ballot:vote': BallotVote,
  'ballot:mine': BallotMine,
} as const satisfies { [K in keyof ClientToServerEvents]: z.ZodType };

/** The session events (every client event but presence), as the session handlers see them. */
export type SessionEventName = Exclude<keyof ClientToServerEvents, 'presence:set'>;
