import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { covenantModel } from '../../server/export/covenant.ts';
import { covenantDocx } from '../../server/export/covenantDocx.ts';
import { exportDataOf, votes, writeAp } from './exportTestData.ts';

function workshop() {
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

describe('covenantModel', () => {
  it('numbers adopted and amended points, grouped by theme or lead, most votes first', () => {
    const m = covenantModel(workshop());
    expect(m.chapters.map((c) => [c.kind, c.title, c.votes])).toEqual([
      ['lead', 'Woningcorporatie', 7],
      ['theme', 'Eén aanpak', 5],
    ]);
    expect(m.chapters.flatMap((c) => c.articles.map((a) => [a.number, a.row.title, a.text]))).toEqual([
      [1, 'Buurtbemiddeling', 'Omdat het helpt.'],
      [2, 'Eén loket', 'Eén loket, per regio'],
      [3, 'Meldpunt', 'Omdat het helpt.'],
    ]);
    expect(m.parked.map((r) => r.title)).toEqual(['Training']);
    expect(m.undecided).toEqual([]);
    expect(m.parties).toEqual(['Gemeente', 'Woningcorporatie', 'Politie']);
  });

  it('lists every party of the fixed list when no article names one', () => {
    const m = covenantModel(exportDataOf([{ id: 'ga', name: 'A', doc: new Y.Doc() }]));
    expect(m.chapters).toEqual([]);
    expect(m.parties).toEqual(['Gemeente', 'Woningcorporatie', 'Politie', 'Antidiscriminatievoorziening']);
  });
});

describe('covenantDocx', () => {
  it('is a Word document whose articles follow the model, parked points in the appendix', async () => {
    const bytes = await covenantDocx(workshop());
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toContain('word/document.xml');
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    const at = (s: string) => text.indexOf(s);
    for (const s of ['Opzet convenant', 'Aanpak discriminatie en woonoverlast', '12 maart 2026, Utrecht', 'Partijen', 'Ondertekening']) {
      expect(at(s), s).toBeGreaterThanOrEqual(0);
    }
    expect(at('Artikel 1. Buurtbemiddeling')).toBeGreaterThan(at('Trekker: Woningcorporatie'));
    expect(at('Artikel 2. Eén loket')).toBeGreaterThan(at('Artikel 1. Buurtbemiddeling'));
    expect(at('Artikel 3. Meldpunt')).toBeGreaterThan(at('Artikel 2. Eén loket'));
    expect(at('Eén loket, per regio')).toBeGreaterThan(at('Artikel 2. Eén loket'));
    expect(at('Training')).toBeGreaterThan(at('Bijlage 1. Geparkeerde actiepunten'));
    expect(at('Bijlage 1. Geparkeerde actiepunten')).toBeGreaterThan(at('Ondertekening'));
    // The signature table: a header and one row per party plus two blank ones.
    expect(xml.match(/<w:tr>|<w:tr /g)?.length).toBe(1 + 3 + 2);
  });
});
