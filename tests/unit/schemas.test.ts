import { describe, expect, it } from 'vitest';
import { Limits } from '../../shared/limits.ts';
import {
  CONTROL_PROTOCOL_VERSION, ControlAuth, ControlError, PresenceList, PresenceSet, clientEventSchemas,
} from '../../shared/schemas/control.ts';
import { CreateWorkshopInput, JoinInput, WorkshopCreated } from '../../shared/schemas/workshop.ts';

const ok = (title: unknown, groups: unknown) => CreateWorkshopInput.safeParse({ title, groups });

describe('CreateWorkshopInput (body of POST /api/workshops)', () => {
  it('trims the title and every group name', () => {
    const parsed = CreateWorkshopInput.parse({ title: '  Werkconferentie  ', groups: [' Groep 1 ', 'Groep 2\n'] });
    expect(parsed).toEqual({ title: 'Werkconferentie', groups: ['Groep 1', 'Groep 2'], template: 'workshop' });
  });

  it('drops unknown fields', () => {
    expect(CreateWorkshopInput.parse({ title: 'T', groups: ['A'], admin: true })).toEqual({ title: 'T', groups: ['A'], template: 'workshop' });
  });

  it('takes the board template, "workshop" by default, and refuses an unknown one', () => {
    expect(CreateWorkshopInput.parse({ title: 'T', groups: ['A'], template: 'blank' }).template).toBe('blank');
    expect(CreateWorkshopInput.safeParse({ title: 'T', groups: ['A'], template: 'kanban' }).success).toBe(false);
  });

  it('accepts the limits exactly', () => {
    const groups = Array.from({ length: Limits.maxGroups }, (_, i) => `${i}`.padEnd(Limits.groupNameLength, 'g'));
    expect(ok('t'.repeat(Limits.titleLength), groups).success).toBe(true);
  });

  it.each([
    ['a missing title', { groups: ['A'] }],
    ['a blank title', { title: '   ', groups: ['A'] }],
    ['a title one over the limit', { title: 't'.repeat(Limits.titleLength + 1), groups: ['A'] }],
    ['missing groups', { title: 'T' }],
    ['no groups', { title: 'T', groups: [] }],
    ['one group too many', { title: 'T', groups: Array.from({ length: Limits.maxGroups + 1 }, (_, i) => `G${i}`) }],
    ['a blank group name', { title: 'T', groups: ['A', '  '] }],
    ['a group name one over the limit', { title: 'T', groups: ['g'.repeat(Limits.groupNameLength + 1)] }],
    ['a group that is not a string', { title: 'T', groups: ['A', 5] }],
    ['groups that are not an array', { title: 'T', groups: 'A,B' }],
    ['a title that is not a string', { title: 42, groups: ['A'] }],
    ['a duplicate group name', { title: 'T', groups: ['Groep A', 'Groep A'] }],
    ['a duplicate that differs in case', { title: 'T', groups: ['Groep A', 'groep a'] }],
    ['a duplicate that differs in surrounding spaces', { title: 'T', groups: ['Groep A', ' Groep A '] }],
    ['not an object', 'Werkconferentie'],
  ])('refuses %s', (_name, body) => {
    expect(CreateWorkshopInput.safeParse(body).success).toBe(false);
  });

  it('names the groups field when names are not unique', () => {
    const parsed = ok('T', ['A', 'a']);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['groups'], message: 'group names must be unique' });
  });
});

describe('JoinInput and WorkshopCreated', () => {
  it('JoinInput needs a non-empty groupId string of at most 64 characters', () => {
    expect(JoinInput.safeParse({ groupId: 'abc' }).success).toBe(true);
    for (const bad of [{}, { groupId: '' }, { groupId: 7 }, { groupId: 'g'.repeat(65) }, null]) {
      expect(JoinInput.safeParse(bad).success).toBe(false);
    }
  });

  it('WorkshopCreated requires every link, including organiser, facilitator and groups', () => {
    const created = {
      id: 'w', title: 'T', groups: [{ id: 'g', name: 'G' }],
      tokens: { organiser: 'o', facilitator: 'f', plenary: 'p', join: 'j', participants: { g: 'pt' } },
      links: { organiser: 'o', facilitator: 'f', plenary: 'p', join: 'j', groups: { g: 'l' } },
    };
    expect(WorkshopCreated.safeParse(created).success).toBe(true);
    const { organiser: _o, ...withoutOrganiser } = created.links;
    expect(WorkshopCreated.safeParse({ ...created, links: withoutOrganiser }).success).toBe(false);
    const { groups: _g, ...withoutGroups } = created.links;
    expect(WorkshopCreated.safeParse({ ...created, links: withoutGroups }).success).toBe(false);
  });
});

describe('control schemas (Socket.IO)', () => {
  it('ControlAuth accepts {workshopId, token} with an optional protocol version', () => {
    expect(ControlAuth.safeParse({ workshopId: 'w', token: 't' }).success).toBe(true);
    expect(ControlAuth.safeParse({ workshopId: 'w', token: 't', protocol: CONTROL_PROTOCOL_VERSION }).success).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['an empty object', {}],
    ['a missing token', { workshopId: 'w' }],
    ['an empty token', { workshopId: 'w', token: '' }],
    ['a token over 256 characters', { workshopId: 'w', token: 't'.repeat(257) }],
    ['a workshopId over 64 characters', { workshopId: 'w'.repeat(65), token: 't' }],
    ['a numeric workshopId', { workshopId: 5, token: 't' }],
    ['another protocol version', { workshopId: 'w', token: 't', protocol: CONTROL_PROTOCOL_VERSION + 1 }],
  ])('ControlAuth refuses %s', (_name, auth) => {
    expect(ControlAuth.safeParse(auth).success).toBe(false);
  });

  it('PresenceSet trims the name and counts the limit after trimming', () => {
    const name = 'n'.repeat(Limits.displayNameLength);
    expect(PresenceSet.parse({ name: `   ${name}  ` })).toEqual({ name });
    expect(PresenceSet.safeParse({ name: `${name}n` }).success).toBe(false);
  });

  it('PresenceSet: everything optional, groupId may be null', () => {
    expect(PresenceSet.safeParse({}).success).toBe(true);
    expect(PresenceSet.parse({ groupId: null })).toEqual({ groupId: null });
    expect(PresenceSet.parse({ name: 'Tafelgast', groupId: 'g1' })).toEqual({ name: 'Tafelgast', groupId: 'g1' });
  });

  it.each([
    ['a string payload', 'Tafelgast'],
    ['a numeric name', { name: 5 }],
    ['a name of 500 characters', { name: 'x'.repeat(500) }],
    ['a numeric groupId', { groupId: 3 }],
    ['a groupId over 64 characters', { groupId: 'g'.repeat(65) }],
    ['null', null],
  ])('PresenceSet refuses %s', (_name, payload) => {
    expect(PresenceSet.safeParse(payload).success).toBe(false);
  });

  it('PresenceList and ControlError describe what the server sends', () => {
    expect(PresenceList.safeParse({
      members: [{ id: 's1', role: 'participant', groupId: 'g', name: '' }, { id: 's2', role: 'facilitator', groupId: null, name: 'F' }],
    }).success).toBe(true);
    expect(PresenceList.safeParse({ members: [{ id: 's1', role: 'admin', groupId: null, name: '' }] }).success).toBe(false);
    expect(ControlError.safeParse({ code: 'invalid_payload', event: 'presence:set', message: 'm' }).success).toBe(true);
    expect(ControlError.safeParse({ code: 'oops', event: 'presence:set', message: 'm' }).success).toBe(false);
  });

  it('every client event has a schema, presence:set the PresenceSet one', () => {
    expect(clientEventSchemas['presence:set']).toBe(PresenceSet);
    for (const schema of Object.values(clientEventSchemas)) expect(typeof schema.safeParse).toBe('function');
  });
});

describe('decision:set (issue 10)', () => {
  it('an amended decision needs a new text that is not blank', async () => {
    const { DecisionSet } = await import('../../shared/schemas/sessionEvents.ts');
    expect(DecisionSet.safeParse({ apKey: 'g1:0', status: 'amended' }).success).toBe(false);
    expect(DecisionSet.safeParse({ apKey: 'g1:0', status: 'amended', text: '   ' }).success).toBe(false);
    expect(DecisionSet.safeParse({ apKey: 'g1:0', status: 'amended', text: 'Nieuw' }).success).toBe(true);
    expect(DecisionSet.safeParse({ apKey: 'g1:0', status: 'adopted' }).success).toBe(true);
  });
});
