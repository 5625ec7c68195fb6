/**
 * Roles, and the holder of a token. What each role may do is the permission table in
 * shared/permissions.ts, re-exported here so that `can` and `Action` come from one place.
 */
export const Role = {
  organiser: 'organiser',
  facilitator: 'facilitator',
  plenary: 'plenary',
  join: 'join',
  participant: 'participant',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** A holder of a token: its role, and for a participant the one group it belongs to. */
export interface Principal {
  workshopId: string;
  role: Role;
  groupId?: string;
}

export { Action, can, grantOf, rolesThatMay, type GroupAction } from './permissions.ts';
