import { describe, expect, it } from 'vitest';
import { Action, Role, can, rolesThatMay, type Principal } from '../../shared/roles.ts';

const W = 'workshop1';
const OWN = 'groupA';
const OTHER = 'groupB';
const boardActions = new Set<Action>(['readBoard', 'writeBoard']);

/**
 * The whole table of DESIGN.md "Roles and access", written out by hand so that a change to
 * `can` must be a deliberate change here too. Board actions are given for the participant's
 * own group and for another group.
 */
const table: Record<Role, Record<Action, boolean | { own: boolean; other: boolean }>> = {
  organiser: {
    readWorkshop: true, joinGroup: true, readLinks: true, readDetails: true, editDetails: true, editCaseCard: true,
    readBoard: true, writeBoard: true, writeLockedBoard: true, editSubmittedActionPoints: true, announcePresence: true,
    visitBoards: true, control: true, watchPlenary: true, vote: false, brainstormPrivately: false, exportBoard: true,
    export: true, rotateLinks: true, deleteWorkshop: true,
  },
  facilitator: {
    readWorkshop: true, joinGroup: true, readLinks: true, readDetails: true, editDetails: false, editCaseCard: true,
    readBoard: true, writeBoard: true, writeLockedBoard: true, editSubmittedActionPoints: true, announcePresence: true,
    visitBoards: true, control: true, watchPlenary: true, vote: false, brainstormPrivately: false, exportBoard: true,
    export: false, rotateLinks: false, deleteWorkshop: false,
  },
  plenary: {
    readWorkshop: true, joinGroup: false, readLinks: true, readDetails: true, editDetails: false, editCaseCard: false,
    readBoard: true, writeBoard: false, writeLockedBoard: false, editSubmittedActionPoints: false, announcePresence: false,
    visitBoards: false, control: false, watchPlenary: true, vote: false, brainstormPrivately: false, exportBoard: false,
    export: false, rotateLinks: false, deleteWorkshop: false,
  },
  join: {
    readWorkshop: true, joinGroup: true, readLinks: false, readDetails: false, editDetails: false, editCaseCard: false,
    readBoard: false, writeBoard: false, writeLockedBoard: false, editSubmittedActionPoints: false, announcePresence: false,
    visitBoards: false, control: false, watchPlenary: false, vote: false, brainstormPrivately: false, exportBoard: false,
    export: false, rotateLinks: false, deleteWorkshop: false,
  },
  participant: {
    readWorkshop: true, joinGroup: false, readLinks: false, readDetails: false, editDetails: false, editCaseCard: false,
    readBoard: { own: true, other: false }, writeBoard: { own: true, other: false }, writeLockedBoard: false,
    editSubmittedActionPoints: false, announcePresence: true, visitBoards: false, control: false, watchPlenary: false,
    vote: true, brainstormPrivately: true, exportBoard: false, export: false, rotateLinks: false, deleteWorkshop: false,
  },
};

const principal = (role: Role): Principal =>
  (role === 'participant' ? { workshopId: W, role, groupId: OWN } : { workshopId: W, role });

describe('can(role, action): the access table', () => {
  it('covers every role and every action', () => {
    expect(Object.keys(table).sort()).toEqual(Object.values(Role).sort());
    for (const row of Object.values(table)) expect(Object.keys(row).sort()).toEqual(Object.values(Action).sort());
  });

  const cases = Object.values(Role).flatMap((role) => Object.values(Action).map((action) => [role, action] as const));
  it.each(cases)('%s / %s', (role, action) => {
    const expected = table[role][action];
    const who = principal(role);
    if (typeof expected === 'boolean') {
      expect(can(who, action, OWN)).toBe(expected);
      expect(can(who, action, OTHER)).toBe(expected);
      if (!boardActions.has(action)) expect(can(who, action)).toBe(expected);
    } else {
      expect(can(who, action, OWN)).toBe(expected.own);
      expect(can(who, action, OTHER)).toBe(expected.other);
    }
  });

  it('a participant reaches no board when the group is not named', () => {
    expect(can(principal('participant'), 'readBoard')).toBe(false);
    expect(can(principal('participant'), 'writeBoard')).toBe(false);
  });

  it('a participant token without a group reaches no board at all', () => {
    const orphan: Principal = { workshopId: W, role: 'participant' };
    expect(can(orphan, 'readBoard', OWN)).toBe(false);
    expect(can(orphan, 'readBoard', undefined)).toBe(false);
  });

  it('rolesThatMay lists the roles with any grant, a participant\'s own group included', () => {
    for (const action of Object.values(Action)) {
      expect(rolesThatMay(action).sort()).toEqual(Object.values(Role).filter((r) => table[r][action] !== false
        && !(typeof table[r][action] === 'object' && !(table[r][action] as { own: boolean }).own)).sort());
    }
    expect(rolesThatMay('watchPlenary').sort()).toEqual(['facilitator', 'organiser', 'plenary']);
    expect(rolesThatMay('vote')).toEqual(['participant']);
  });
});
