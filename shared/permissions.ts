import type { Principal, Role } from './roles.ts';

/**
 * THE permission table of Werkbord: what each role may do, on every channel. Every REST route
 * (server/http), control event (server/session/policy.ts, server/control) and board-channel
 * rule (server/yjs, server/session/boardRules.ts) asks `can()`, and so does the client, to
 * hide what would be refused anyway. No other file lists roles for a permission.
 * tests/integration/permissionMatrix.test.ts checks the real server against this table, for
 * every role and every route, event and board action; docs/api.md ("Tokens and links") shows it.
 *
 * A grant is `true`, `false`, or `'ownGroup'`: allowed for a participant on its own group's
 * board only (the group must then be named in `can`).
 */
type Grant = boolean | 'ownGroup';

const table = {
  /** Read the workshop's public info (title, groups); send `presence:set` (a display name). */
  readWorkshop: { organiser: true, facilitator: true, plenary: true, join: true, participant: true },
  /** Exchange for one group's participant token (`POST …/join`). */
  joinGroup: { organiser: true, facilitator: true, plenary: false, join: true, participant: false },
  /** See the links below one's own (to share them, or show the join QR code). */
  readLinks: { organiser: true, facilitator: true, plenary: true, join: false, participant: false },
  /** Read the workshop's details (title, date, place, description, deletion date). */
  readDetails: { organiser: true, facilitator: true, plenary: true, join: false, participant: false },
  /** Change the details (`PATCH …`). */
  editDetails: { organiser: true, facilitator: false, plenary: false, join: false, participant: false },
  /** Read and write the case card of any board: REST `…/cases`, `…/case`, and `items.case` on the board. */
  editCaseCard: { organiser: true, facilitator: true, plenary: false, join: false, participant: false },
  /** Open a group's board (the board channel admits the socket) and receive it. */
  readBoard: { organiser: true, facilitator: true, plenary: true, join: false, participant: 'ownGroup' },
  /** Change a group's board. */
  writeBoard: { organiser: true, facilitator: true, plenary: false, join: false, participant: 'ownGroup' },
  /** Keep writing while the board is locked (to help a group). */
  writeLockedBoard: { organiser: true, facilitator: true, plenary: false, join: false, participant: false },
  /** Change a group's action points after it submitted them. */
  editSubmittedActionPoints: { organiser: true, facilitator: true, plenary: false, join: false, participant: false },
  /** Show oneself (name, cursor) in a board's presence (awareness). Read-only screens announce none. */
  announcePresence: { organiser: true, facilitator: true, plenary: false, join: false, participant: true },
  /** Name in the control channel's presence which board one looks at (a participant's is its own). */
  visitBoards: { organiser: true, facilitator: true, plenary: false, join: false, participant: false },
  /** Session control: agenda, timer, messages, locks, action step, plenary view, ballot, decisions. */
  control: { organiser: true, facilitator: true, plenary: false, join: false, participant: false },
  /** Receive the plenary snapshot (every group's action points) on the control channel. */
  watchPlenary: { organiser: true, facilitator: true, plenary: true, join: false, participant: false },
  /** Cast votes in the ballot (`ballot:vote`, `ballot:mine`). */
  vote: { organiser: false, facilitator: false, plenary: false, join: false, participant: true },
  /** Write notes in private during a silent brainstorm (the facilitator keeps writing on the board). */
  brainstormPrivately: { organiser: false, facilitator: false, plenary: false, join: false, participant: true },
  /** Fetch a board as SVG (`GET …/boards/:groupId.svg`, the PNG is drawn from it). */
  exportBoard: { organiser: true, facilitator: true, plenary: false, join: false, participant: false },
  /** Export the action points and the report (`GET …/export`). */
  export: { organiser: true, facilitator: false, plenary: false, join: false, participant: false },
  /** Issue a new link for a role or group; the old one stops working (`POST …/tokens/rotate`). */
  rotateLinks: { organiser: true, facilitator: false, plenary: false, join: false, participant: false },
  /** Delete the workshop with every trace of it (`DELETE …`). */
  deleteWorkshop: { organiser: true, facilitator: false, plenary: false, join: false, participant: false },
} as const satisfies Record<string, Record<Role, Grant>>;

export type Action = keyof typeof table;
/** Every action by name, e.g. `Action.vote`. */
export const Action = Object.fromEntries(Object.keys(table).map((a) => [a, a])) as { readonly [A in Action]: A };

/** Actions that name a group: a participant reaches only its own group's board. */
export type GroupAction = { [A in Action]: 'ownGroup' extends (typeof table)[A][Role] ? A : never }[Action];

/**
 * May `who` do `action`? Actions whose grant is `'ownGroup'` must name the group: a
 * participant may then act on its own group only, and on none when the group is not named.
 */
export function can(who: Pick<Principal, 'role' | 'groupId'>, action: Action, groupId?: string): boolean {
  const grant: Grant = table[action][who.role];
  if (grant === 'ownGroup') return groupId !== undefined && groupId === who.groupId;
  return grant;
}

/** The grant itself, for tables and documentation (`'ownGroup'`: the participant's own group only). */
export function grantOf(role: Role, action: Action): Grant {
  return table[action][role];
}

/** The roles that may do `action` (on some group), e.g. to address their Socket.IO rooms. */
export function rolesThatMay(action: Action): Role[] {
  return (Object.keys(table[action]) as Role[]).filter((role) => table[action][role] !== false);
}
