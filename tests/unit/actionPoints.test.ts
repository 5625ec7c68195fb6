import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ActionPointLimitError, actionPointsOf, ensureActionPoints, isSubmitted, linkNote, readActionPoints,
  reopenActionPoints, setActionText, setLead, setOtherParty, setParty, setTimeframe, startFromNote,
  submitActionPoints, unlinkNote,
} from '../../shared/board/actionPoints.ts';
import {
  actionPointState, apKeyOf, emptyActionPoint, parseApKey, validateActionPoint, type ActionPointView, type Slot,
} from '../../shared/board/actionPointRules.ts';
import { addNote } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { Limits } from '../../shared/limits.ts';

const local: ChangeOrigin = { kind: 'local' };

function complete(doc: Y.Doc, slot: Slot): void {
  setActionText(doc, slot, 'title', 'Vast aanspreekpunt per wijk', local);
  setActionText(doc, slot, 'body', 'Zodat melders niet van loket naar loket gaan.', local);
  setParty(doc, slot, 'gemeente', true, local);
  setLead(doc, slot, 'gemeente', local);
  setTimeframe(doc, slot, 'voor de zomer', local);
}

const view = (over: Partial<ActionPointView>): ActionPointView => ({ ...emptyActionPoint(), ...over });

describe('validateActionPoint and actionPointState', () => {
  it('an empty action point has every "missing" problem and state empty', () => {
    expect(validateActionPoint(emptyActionPoint())).toEqual(['titleMissing', 'bodyMissing', 'noParty', 'leadMissing', 'timeframeMissing']);
    expect(actionPointState(emptyActionPoint())).toBe('empty');
    expect(actionPointState(view({ title: '  ' }))).toBe('empty');
  });

  it('names the lead that is not among the parties; the other party counts as one', () => {
    const base = view({ title: 't', body: 'b', timeframe: 'nu', parties: ['politie'] });
    expect(validateActionPoint({ ...base, lead: 'gemeente' })).toEqual(['leadNotAParty']);
    expect(validateActionPoint({ ...base, lead: 'politie' })).toEqual([]);
    expect(validateActionPoint({ ...base, parties: [], otherParty: 'Huurdersvereniging', lead: 'Huurdersvereniging' })).toEqual([]);
    expect(actionPointState({ ...base, lead: 'gemeente' })).toBe('draft');
    expect(actionPointState({ ...base, lead: 'politie' })).toBe('complete');
  });

  it('checks the length limits', () => {
    const long = view({
      title: 't'.repeat(Limits.actionTitleLength + 1), body: 'b'.repeat(Limits.actionBodyLength + 1),
      otherParty: 'o'.repeat(Limits.partyNameLength + 1), lead: 'o'.repeat(Limits.partyNameLength + 1),
      timeframe: 'x'.repeat(Limits.timeframeLength + 1),
    });
    expect(validateActionPoint(long)).toEqual(['titleTooLong', 'bodyTooLong', 'otherPartyTooLong', 'timeframeTooLong']);
  });

  it('apKeys round-trip and refuse anything else', () => {
    expect(parseApKey(apKeyOf('g1', 1))).toEqual({ groupId: 'g1', slot: 1 });
    for (const bad of ['g1:2', 'g1', ':0', 'g 1:0', 'g1:0:0']) expect(parseApKey(bad)).toBeUndefined();
  });
});

describe('action points in the board document', () => {
  it('ensureActionPoints creates both slots once and keeps existing text', () => {
    const doc = new Y.Doc();
    expect(ensureActionPoints(doc, local)).toBe(true);
    setActionText(doc, 0, 'title', 'Blijft', local);
    expect(ensureActionPoints(doc, local)).toBe(false);
    expect(readActionPoints(doc).slots[0].title).toBe('Blijft');
    expect(actionPointsOf(doc).get('submitted')).toBe(false);
  });

  it('text edits are minimal, so concurrent typing in one title keeps both', () => {
    const a = new Y.Doc();
    ensureActionPoints(a, local);
    setActionText(a, 0, 'title', 'midden', local);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setActionText(a, 0, 'title', 'begin midden', local);
    setActionText(b, 0, 'title', 'midden eind', local);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readActionPoints(a).slots[0].title).toBe('begin midden eind');
    expect(readActionPoints(b)).toEqual(readActionPoints(a));
  });

  it('parties, other party and lead: unticking the lead clears it; renaming the other moves it', () => {
    const doc = new Y.Doc();
    setParty(doc, 1, 'politie', true, local);
    setParty(doc, 1, 'gemeente', true, local);
    setLead(doc, 1, 'politie', local);
    setParty(doc, 1, 'politie', false, local);
    expect(readActionPoints(doc).slots[1]).toMatchObject({ parties: ['gemeente'], lead: '' });
    setOtherParty(doc, 1, 'Huurderskoepel', local);
    setLead(doc, 1, 'Huurderskoepel', local);
    setOtherParty(doc, 1, 'Huurderskoepel Noord', local);
    expect(readActionPoints(doc).slots[1]).toMatchObject({ otherParty: 'Huurderskoepel Noord', lead: 'Huurderskoepel Noord' });
  });

  it('refuses over-long input before writing anything', () => {
    const doc = new Y.Doc();
    expect(() => setActionText(doc, 0, 'title', 't'.repeat(Limits.actionTitleLength + 1), local)).toThrow(ActionPointLimitError);
    expect(() => setTimeframe(doc, 0, 'x'.repeat(Limits.timeframeLength + 1), local)).toThrow(ActionPointLimitError);
    expect(actionPointsOf(doc).size).toBe(0);
  });

  it('startFromNote copies the first line to the title, the rest to the body, and links the note', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 0, y: 0, text: 'Wijkteam eerder inschakelen\nBij de eerste melding, niet pas bij de derde.' }, local);
    expect(startFromNote(doc, 0, id, local)).toBe(true);
    expect(readActionPoints(doc).slots[0]).toMatchObject({
      title: 'Wijkteam eerder inschakelen', body: 'Bij de eerste melding, niet pas bij de derde.', sourceNoteIds: [id],
    });
    expect(startFromNote(doc, 0, 'bestaat-niet', local)).toBe(false);
    const long = addNote(doc, { x: 0, y: 0, text: 'w'.repeat(Limits.actionTitleLength + 10) }, local);
    startFromNote(doc, 1, long, local);
    const slot = readActionPoints(doc).slots[1];
    expect(slot.title).toHaveLength(Limits.actionTitleLength);
    expect(slot.title.endsWith('…')).toBe(true);
    expect(slot.body).toHaveLength(Limits.actionTitleLength + 10);
  });

  it('links several notes once each, and unlinks', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0, text: 'a' }, local);
    const b = addNote(doc, { x: 0, y: 0, text: 'b' }, local);
    linkNote(doc, 0, a, local);
    linkNote(doc, 0, b, local);
    linkNote(doc, 0, a, local);
    expect(readActionPoints(doc).slots[0].sourceNoteIds).toEqual([a, b]);
    unlinkNote(doc, 0, a, local);
    expect(readActionPoints(doc).slots[0].sourceNoteIds).toEqual([b]);
  });

  it('submit refuses with each slot\'s problems and writes nothing; then submits, locks, reopens', () => {
    const doc = new Y.Doc();
    complete(doc, 0);
    const before = Y.encodeStateVector(doc);
    const refused = submitActionPoints(doc, local);
    expect(refused).toEqual({ ok: false, problems: [[], ['titleMissing', 'bodyMissing', 'noParty', 'leadMissing', 'timeframeMissing']] });
    expect(Y.encodeStateVector(doc)).toEqual(before);

    complete(doc, 1);
    expect(submitActionPoints(doc, local, 1234)).toEqual({ ok: true });
    expect(readActionPoints(doc)).toMatchObject({ submitted: true, submittedAt: 1234 });
    expect(isSubmitted(doc)).toBe(true);
    expect(setActionText(doc, 0, 'title', 'anders', local)).toBe(false);
    expect(setParty(doc, 0, 'politie', true, local)).toBe(false);
    expect(readActionPoints(doc).slots[0].title).toBe('Vast aanspreekpunt per wijk');

    expect(reopenActionPoints(doc, local)).toBe(true);
    expect(readActionPoints(doc)).toMatchObject({ submitted: false, submittedAt: null });
    expect(setActionText(doc, 0, 'title', 'anders', local)).toBe(true);
    expect(reopenActionPoints(doc, local)).toBe(false);
  });

  it('readActionPoints tolerates a hostile document', () => {
    const doc = new Y.Doc();
    const root = actionPointsOf(doc);
    root.set('0', 'geen map');
    const slot = new Y.Map<unknown>();
    root.set('1', slot);
    slot.set('title', 42);
    slot.set('parties', new Y.Map());
    (slot.get('parties') as Y.Map<unknown>).set('onbekend', true);
    (slot.get('parties') as Y.Map<unknown>).set('politie', 'ja');
    root.set('submitted', 'ja');
    root.set('submittedAt', 'gisteren');
    expect(readActionPoints(doc)).toEqual({
      slots: [emptyActionPoint(), emptyActionPoint()], submitted: false, submittedAt: null,
    });
  });
});
