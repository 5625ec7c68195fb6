import * as z from 'zod';
import { Limits } from '../limits.ts';

const trimmed = (max: number) => z.string().trim().min(1).max(max);

/** Body of `POST /api/workshops`. */
export const CreateWorkshopInput = z
  .object({
    title: trimmed(Limits.titleLength),
    groups: z.array(trimmed(Limits.groupNameLength)).min(1).max(Limits.maxGroups),
    /** How each group board starts: the workshop layout (case card + four sections) or empty. */
    template: z.enum(['workshop', 'blank']).default('workshop'),
  })
  .refine((v) => new Set(v.groups.map((g) => g.toLowerCase())).size === v.groups.length, {
    message: 'group names must be unique',
    path: ['groups'],
  });
export type CreateWorkshopInput = z.input<typeof CreateWorkshopInput>;

export const Group = z.object({ id: z.string(), name: z.string() });
export type Group = z.infer<typeof Group>;

export const WorkshopLinks = z.object({
  organiser: z.string().optional(),
  facilitator: z.string().optional(),
  plenary: z.string(),
  join: z.string(),
  groups: z.record(z.string(), z.string()).optional(),
});
export type WorkshopLinks = z.infer<typeof WorkshopLinks>;

/** `GET /api/link-base`: where the links start, and whether other laptops can open them. */
export const LinkBase = z.object({
  base: z.string(),
  /** `publicUrl`: PUBLIC_URL; `lan`: the LAN address the server listens on; `request`: the address the browser used. */
  source: z.enum(['publicUrl', 'lan', 'request']),
  /** The links point at this computer only (localhost): no other laptop can open them. */
  localOnly: z.boolean(),
});
export type LinkBase = z.infer<typeof LinkBase>;

/** Reply of `POST /api/workshops` (201). */
export const WorkshopCreated = z.object({
  id: z.string(),
  title: z.string(),
  groups: z.array(Group),
  tokens: z.object({
    organiser: z.string(),
    facilitator: z.string(),
    plenary: z.string(),
    join: z.string(),
    participants: z.record(z.string(), z.string()),
  }),
  links: WorkshopLinks.required(),
});
export type WorkshopCreated = z.infer<typeof WorkshopCreated>;

/** Reply of `GET /api/workshops/:id` for any token of the workshop. */
export const WorkshopInfo = z.object({
  id: z.string(),
  title: z.string(),
  groups: z.array(Group),
  role: z.enum(['organiser', 'facilitator', 'plenary', 'join', 'participant']),
  groupId: z.string().optional(),
});
export type WorkshopInfo = z.infer<typeof WorkshopInfo>;

/** Body of `POST /api/workshops/:id/join`. */
export const JoinInput = z.object({ groupId: z.string().min(1).max(64) });
export type JoinInput = z.infer<typeof JoinInput>;

/** Reply of `POST /api/workshops/:id/join`. */
export const JoinResult = z.object({ groupId: z.string(), token: z.string(), link: z.string() });
export type JoinResult = z.infer<typeof JoinResult>;

/** Every JSON error reply of the REST API. */
export const ApiError = z.object({ error: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiError>;
