import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setActionText, setLead, setParty, setTimeframe, submitActionPoints } from '../../shared/board/actionPoints.ts';
import type { Slot } from '../../shared/board/actionPointRules.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { derivePlenarySnapshot } from '../../shared/plenary.ts';
import type { SessionState } from '../../shared/schemas/session.ts';
import { amendedHeadline } from '../../shared/text/amendment.ts';
import { defaultSessionState } from '../../server/session/defaultSession.ts';
import { rankingRows } from '../../client/src/session/rankingRows.ts';

/*
 * Issue 10, "Decisions": the plenary shows the amended text. The ranking of the ballot used
 * the group's own title even after "Aangenomen met wijziging"; it names a point as its tile does.
 */

const local: ChangeOrigin = { kind: 'local' };
const workshop = { id: 'w1', title: 'Werkconferentie', groups: [{ id: 'ga', name: 'Groep A' }, { id: 'gb', name: 'Groep B' }] };

function board(titles: [string, string]): Y.Doc {
  const doc = new Y.Doc();
  titles.forEach((title, slot) => {
    setActionText(doc, slot as Slot, 'title', title, local);
    setActionText(doc, slot as Slot, 'body', 'Omdat het helpt.', local);
    setParty(doc, slot as Slot, 'gemeente', true, local);
    setLead(doc, slot as Slot, 'gemeente', local);
    setTimeframe(doc, slot as Slot, 'dit najaar', local);
  });
  submitActionPoints(doc, local, 1000);
  return doc;
}

function snapshot(change: (s: SessionState) => void) {
  const session = defaultSessionState();
  session.ballot.votes = { v1: { 'ga:0': 3, 'gb:1': 1 }, v2: { 'ga:1': 2 } };
  change(session);
  return derivePlenarySnapshot({
    workshop, session,
    boards: { ga: board(['Eén meldpunt', 'Buurtbemiddeling']), gb: board(['Training', 'Huisbezoek']) },
  });
}

const decided = (status: 'adopted' | 'amended' | 'parked', text?: string) => ({ status, text, history: [{ status, text, at: 1 }] });

describe('rankingRows (client/src/session/rankingRows.ts)', () => {
  it('shows an amended point under its amended title, the group\'s own title kept as the replaced one', () => {
    const rows = rankingRows(snapshot((s) => {
      s.decisions['ga:0'] = decided('amended', 'Eén meldpunt per regio\n\nMet één telefoonnummer voor alle partners.');
      s.decisions['ga:1'] = decided('adopted');
    }));
    expect(rows.map((r) => [r.key, r.title, r.replaced, r.votes])).toEqual([
      ['ga:0', 'Eén meldpunt per regio', 'Eén meldpunt', 3],
      ['ga:1', 'Buurtbemiddeling', null, 2],
      ['gb:1', 'Huisbezoek', null, 1],
      ['gb:0', 'Training', null, 0],
    ]);
    expect(rows[0]).toMatchObject({ origin: { kind: 'actionPoint', group: 'Groep A', n: 1 }, share: 100 });
  });

  it('keeps the title when an amendment changed only the explanation, and ignores an amendment without text', () => {
    const rows = rankingRows(snapshot((s) => {
      s.decisions['ga:0'] = decided('amended', 'Eén meldpunt\n\nOmdat het helpt, ook in het weekend.');
      s.decisions['ga:1'] = { status: 'amended', history: [] };
    }));
    expect(rows.slice(0, 2).map((r) => [r.title, r.replaced])).toEqual([['Eén meldpunt', null], ['Buurtbemiddeling', null]]);
  });

  it('ranks a theme under its own title; limit cuts the list and the bars scale to the most votes shown', () => {
    const rows = rankingRows(snapshot((s) => {
      s.themes = [{ id: 't1', title: 'Samen per wijk', apKeys: ['ga:1', 'gb:1'] }];
    }), 2);
    expect(rows.map((r) => [r.key, r.title, r.origin, r.share])).toEqual([
      ['ga:0', 'Eén meldpunt', { kind: 'actionPoint', group: 'Groep A', n: 1 }, 100],
      ['theme:t1', 'Samen per wijk', { kind: 'theme', count: 2 }, 100],
    ]);
  });
});

describe('amendedHeadline (shared/text/amendment.ts)', () => {
  it('is the first line that is not blank', () => {
    expect(amendedHeadline('  \n Nieuwe titel \n\nUitleg')).toBe('Nieuwe titel');
    expect(amendedHeadline('Eén zin als geheel')).toBe('Eén zin als geheel');
    expect(amendedHeadline(' \n ')).toBe('');
  });
});
