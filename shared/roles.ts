/**
 * Roles and what each may do. The server enforces these; the client only uses them to hide
 * controls that would be refused anyway.
 */
export const Role = {
  organiser: 'organiser',
  facilitator: 'facilitator',
  plenary: 'plenary',
  join: 'join',
  participant: 'participant',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const Action = {
  /** Read the public info of the workshop (title, groups, agenda). */
  readWorkshop: 'readWorkshop',
  /** Exchange a join token for one group's participant token. */
  joinGroup: 'joinGroup',
  /** Read the links of the workshop (to share them or show a QR code). */
  readLinks: 'readLinks',
  /** Read a group's board. Checked together with the group. */
  readBoard: 'readBoard',
  /** Write a group's board. Checked together with the group. */
  writeBoard: 'writeBoard',
  /** Phases, timer, locks, messages. */
  control: 'control',
  export: 'export',
  deleteWorkshop: 'deleteWorkshop',
} as const;
export type Action = (typeof Action)[keyof typeof Action];

const allowed: Record<Role, ReadonlySet<Action>> = {
  organiser: new Set(Object.values(Action)),
  facilitator: new Set<Action>([
    'readWorkshop', 'joinGroup', 'readLinks', 'readBoard', 'writeBoard', 'control',
  ]),
  plenary: new Set<Action>(['readWorkshop', 'readLinks', 'readBoard']),
  join: new Set<Action>(['readWorkshop', 'joinGroup']),
  participant: new Set<Action>(['readWorkshop', 'readBoard', 'writeBoard']),
};

/** A holder of a token: its role, and for a participant the one group it belongs to. */
export interface Principal {
  workshopId: string;
  role: Role;
  groupId?: string;
}

/**
 * May `who` do `action`? Board actions also name the group: a participant reaches only its own.
 */
export function can(who: Principal, action: Action, groupId?: string): boolean {
  if (!allowed[who.role].has(action)) return false;
  if (who.role === 'participant' && (action === 'readBoard' || action === 'writeBoard')) {
    return groupId !== undefined && groupId === who.groupId;
  }
  return true;
}
