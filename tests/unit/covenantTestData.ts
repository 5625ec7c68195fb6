import * as Y from 'yjs';
import { exportDataOf, votes, writeAp } from './exportTestData.ts';

/* Export data for the covenant tests: two groups, a theme, adopted, amended and parked points. */

/** Four action points: two adopted (one in a theme), one amended into the theme, one parked. */
export function workshop() {
  const a = new Y.Doc();
  writeAp(a, 0, { title: 'Meldpunt', parties: ['gemeente'], lead: 'gemeente' });
  writeAp(a, 1, { title: 'Buurtbemiddeling', parties: ['woningcorporatie'], lead: 'woningcorporatie' });
  const b = new Y.Doc();
  writeAp(b, 0, { title: 'Eén loket', parties: ['gemeente', 'politie'], lead: 'gemeente' });
  writeAp(b, 1, { title: 'Training', parties: ['politie'], other: 'Buurtteam', lead: 'politie' });
  return exportDataOf([{ id: 'ga', name: 'Groep A', doc: a }, { id: 'gb', name: 'Groep B', doc: b }], (s) => {
    votes(s, 'ga:0', 2);
    votes(s, 'ga:1', 7);
    votes(s, 'gb:0', 3);
    votes(s, 'gb:1', 1);
    s.themes = [{ id: 't1', title: 'Eén aanpak', apKeys: ['ga:0', 'gb:0'] }];
    s.decisions['ga:0'] = { status: 'adopted', history: [] };
    s.decisions['gb:0'] = { status: 'amended', text: 'Eén loket, per regio', history: [] };
    s.decisions['ga:1'] = { status: 'adopted', history: [] };
    s.decisions['gb:1'] = { status: 'parked', history: [] };
  });
}

/** `n` groups with empty boards. */
export const emptyGroups = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `g${i}`, name: `Groep ${i + 1}`, doc: new Y.Doc() }));
