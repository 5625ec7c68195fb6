import * as z from 'zod';
import { Limits } from '../limits.ts';

/*
 * A board presence (y-websocket awareness) state, as docs/board-schema.md "Presence" describes
 * it. The server refuses any other shape, so that no client can publish a megabyte of
 * "presence" to everyone, or fields that other clients would render.
 */

/** Longest JSON text of one presence state, in characters. */
export const MAX_PRESENCE_JSON = 1024;

/** A device's presence id on one board (client/src/board/presenceId.ts). */
export const PRESENCE_ID = /^[0-9a-z]{8,32}$/;

/** Roles a presence may show; the server checks it against the socket's token (presenceGuard.ts). */
export const PRESENCE_ROLES = ['facilitator', 'organiser'] as const;
export type PresenceRole = (typeof PRESENCE_ROLES)[number];

const finite = z.number().finite();
const point = z.object({ x: finite, y: finite }).strict();

export const PresenceState = z.object({
  user: z.object({
    name: z.string().max(Limits.displayNameLength),
    color: z.string().regex(/^#[0-9a-fA-F]{3,8}$/),
    /** A random id kept on the device per board: colours follow it, so they survive a reload. */
    id: z.string().regex(PRESENCE_ID).optional(),
    /** Set for staff visiting a group's board, so they show with a role label. */
    role: z.enum(PRESENCE_ROLES).optional(),
  }).strict().optional(),
  cursor: point.nullable().optional(),
  editing: z.string().max(64).nullable().optional(),
  camera: z.object({ x: finite, y: finite, z: finite }).strict().optional(),
}).strict();
export type PresenceState = z.infer<typeof PresenceState>;
