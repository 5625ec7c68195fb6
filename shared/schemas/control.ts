import { z } from 'zod';
import { Limits } from '../limits.ts';

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
} as const;
export type ControlErrorCode = (typeof ControlErrorCode)[keyof typeof ControlErrorCode];

export const ControlError = z.object({
  code: z.enum(['invalid_payload', 'forbidden', 'unknown_event']),
  event: z.string(),
  message: z.string(),
});
export type ControlError = z.infer<typeof ControlError>;

/** Events the server emits. */
export interface ServerToClientEvents {
  presence: (list: PresenceList) => void;
  'control:error': (err: ControlError) => void;
}

/** Events a client may emit; every payload is validated with the schema of the same name. */
export interface ClientToServerEvents {
  'presence:set': (payload: PresenceSet) => void;
}

/** Schemas by event name, so the server validates each event in one place. */
export const clientEventSchemas = {
  'presence:set': PresenceSet,
} as const satisfies { [K in keyof ClientToServerEvents]: z.ZodType };
