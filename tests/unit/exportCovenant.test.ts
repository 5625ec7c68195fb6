import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { covenantModel } from '../../server/export/covenant.ts';
import { introductionParagraphs } from '../../server/export/covenantIntro.ts';
import { recitals } from '../../server/export/covenantPreamble.ts';
import { closingArticles, openingArticle } from '../../server/export/covenantStandard.ts';
import { emptyGroups, workshop } from './covenantTestData.ts';
import { exportDataOf, local, votes, writeAp } from './exportTestData.ts';

/* The covenant's content (what it says); tests/unit/exportCovenantDocx.test.ts checks the Word file. */

const intro = (data: ReturnType<typeof exportDataOf>) => introductionParagraphs(covenantModel(data)).join('\n');

describe('covenantModel', () => {
  it('numbers adopted and amended points after article 1, grouped by theme or lead, most votes first', () => {
    const m = covenantModel(workshop());
    expect(m.chapters.map((c) => [c.kind, c.title, c.votes])).toEqual([
      ['lead', 'Woningcorporatie', 7],
      ['theme', 'Eén aanpak', 5],
    ]);
    expect(m.chapters.flatMap((c) => c.articles.map((a) => [a.number, a.row.title, a.text]))).toEqual([
      [2, 'Buurtbemiddeling', 'Omdat het helpt.'],
      [3, 'Eén loket', 'Eén loket, per regio'],
      [4, 'Meldpunt', 'Omdat het helpt.'],
    ]);
    expect(m.parked.map((r) => r.title)).toEqual(['Training']);
    expect(m.undecided).toEqual([]);
    expect(m.appendices).toEqual(['origin', 'parked']);
    expect(m.parties).toEqual(['Gemeente', 'Woningcorporatie', 'Politie']);
    expect(m.counts).toEqual({ groups: 2, groupsWithPoints: 2, points: 4, adopted: 3, amended: 1, parked: 1, undecided: 0, votes: 13 });
  });

  it('lists every party of the fixed list when no article names one, and has no appendix', () => {
    const m = covenantModel(exportDataOf(emptyGroups(1)));
    expect(m.chapters).toEqual([]);
    expect(m.appendices).toEqual([]);
    expect(m.parties).toEqual(['Gemeente', 'Woningcorporatie', 'Politie', 'Antidiscriminatievoorziening']);
  });

  it('takes the subject and place of signing from the details, trimmed', () => {
    const m = covenantModel(exportDataOf(emptyGroups(1), undefined, { covenantSubject: ' Samen wonen ', signingPlace: ' Zwolle ' }));
    expect([m.subject, m.signingPlace]).toEqual(['Samen wonen', 'Zwolle']);
  });
});

describe('introduction', () => {
  it('tells many groups and points as they are', () => {
    const text = intro(workshop());
    expect(text).toContain('De twee groepen formuleerden elk twee actiepunten.');
    expect(text).toContain('In het plenaire deel brachten de deelnemers dertien stemmen uit.');
    expect(text).toContain('Het plenaire deel nam drie actiepunten aan (waarvan één met wijziging) en parkeerde er één.');
    expect(text).toContain('De drie aangenomen actiepunten staan in hoofdstuk 2 als de artikelen 2 tot en met 4, '
      + 'geordend naar het aantal stemmen, gegroepeerd per thema of per trekker.');
    expect(text).toContain('Bijlage 1 vermeldt bij elk artikel uit welke groep het komt en hoeveel stemmen het kreeg, '
      + 'en bij een gewijzigd actiepunt de oorspronkelijke tekst van de groep.');
    expect(text).toContain('Het geparkeerde actiepunt staat in bijlage 2.');
    expect(text).toContain('Artikel 1 en de artikelen 5 tot en met 8 zijn standaardbepalingen');
  });

  it('says nothing was adopted on an empty workshop, never "De 0 aangenomen actiepunten"', () => {
    const text = intro(exportDataOf(emptyGroups(3)));
    expect(text).toContain('De drie groepen formuleerden (nog) geen actiepunten.');
    expect(text).toContain('Er is (nog) geen actiepunt aangenomen. Hoofdstuk 2 bevat daarom nog geen afspraken');
    expect(text).toContain('Artikel 1 en de artikelen 2 tot en met 5 zijn standaardbepalingen');
    expect(text).not.toMatch(/\b0\b|elk twee|bijlage|stemmen uit/i);
    expect(intro(exportDataOf([]))).toContain('Aan de werkconferentie namen geen groepen deel');
  });

  it('uses the singular for one group, one point, one vote', () => {
    const doc = new Y.Doc();
    writeAp(doc, 0, { title: 'Meldpunt' });
    const text = intro(exportDataOf([{ id: 'ga', name: 'Groep A', doc }], (s) => {
      votes(s, 'ga:0', 1);
      s.decisions['ga:0'] = { status: 'amended', text: 'Anders', history: [] };
    }));
    expect(text).toContain('De groep formuleerde één actiepunt. In het plenaire deel brachten de deelnemers één stem uit. '
      + 'Het plenaire deel nam één actiepunt aan met een wijziging.');
    expect(text).toContain('Het aangenomen actiepunt staat in hoofdstuk 2 als artikel 2.');
    expect(text).toContain('Bijlage 1 vermeldt bij het artikel uit welke groep het komt');
    expect(text).toContain('Artikel 1 en de artikelen 3 tot en met 6');
  });

  it('counts the groups that wrote nothing, and points without a decision', () => {
    const [a, ...rest] = emptyGroups(3);
    writeAp(a!.doc, 0, { title: 'Eén' });
    writeAp(a!.doc, 1, { title: 'Twee' });
    const text = intro(exportDataOf([a!, ...rest]));
    expect(text).toContain('Eén van de drie groepen formuleerde twee actiepunten; twee groepen formuleerden er geen.');
    expect(text).toContain('Over de actiepunten is (nog) geen besluit genomen.');
    expect(text).toContain('De actiepunten zonder besluit staan in bijlage 1.');
  });
});

describe('preamble', () => {
  it('quotes the description and each distinct case, clauses ending with ";" and the last with ","', () => {
    const groups = emptyGroups(3);
    setCaseText(groups[0]!.doc, 'Briefjes in de bus.', local);
    setCaseText(groups[1]!.doc, 'Briefjes in de bus.', local);
    setCaseText(groups[2]!.doc, 'Geluidsoverlast\n\nen scheldwoorden.', local);
    const m = covenantModel(exportDataOf(groups, undefined, { description: 'Eerste alinea.\n\nTweede alinea.' }));
    const r = recitals(m);
    expect(r.map((x) => x.text)).toEqual([
      'partijen op 12 maart 2026 deelnamen aan de werkconferentie „Werkconferentie”, die als volgt werd ingeleid:',
      'de deelnemers daar in drie groepen de volgende situaties uit de praktijk bespraken:',
      'partijen hun samenwerking in dit convenant willen vastleggen;',
      'partijen ieder vanuit hun eigen taak en verantwoordelijkheid aan deze afspraken bijdragen,',
    ]);
    expect(r[0]!.quotes).toEqual([{ label: '', text: 'Eerste alinea.' }, { label: '', text: 'Tweede alinea.' }]);
    expect(r[1]!.quotes).toEqual([
      { label: 'Groep 1, Groep 2', text: 'Briefjes in de bus.' },
      { label: 'Groep 3', text: 'Geluidsoverlast\n\nen scheldwoorden.' },
    ]);
  });

  it('without a description or cases still opens with the workshop and names the adopted agreements', () => {
    const r = recitals(covenantModel(workshop()));
    expect(r.map((x) => x.text)).toEqual([
      'partijen op 12 maart 2026 deelnamen aan de werkconferentie „Werkconferentie”;',
      'partijen de afspraken die zij op de werkconferentie hebben aangenomen in dit convenant willen vastleggen;',
      'partijen ieder vanuit hun eigen taak en verantwoordelijkheid aan deze afspraken bijdragen,',
    ]);
    expect(r.every((x) => x.quotes.length === 0)).toBe(true);
  });
});

describe('standard articles', () => {
  it('frame the agreements: purpose first; privacy (AVG), duration, amendment, disputes last', () => {
    const m = covenantModel(workshop());
    expect(openingArticle(m).title).toBe('Doel');
    expect(openingArticle(m).members[0]).toContain('Dit convenant gaat over: Aanpak discriminatie en woonoverlast.');
    expect(closingArticles().map((a) => a.title)).toEqual([
      'Gegevensuitwisseling en privacy', 'Duur en evaluatie', 'Wijziging, toetreding en opzegging', 'Geschillen',
    ]);
    expect(closingArticles()[0]!.members.join(' ')).toContain('Algemene verordening gegevensbescherming (AVG)');
  });
});
