import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actionPointsMarkdown, escapeBlock, escapeInline } from '../../server/export/markdown.ts';
import { cleanText, escapeXml } from '../../server/export/text.ts';
import { clampLines, estimateWidth, wrapText } from '../../server/export/wrap.ts';
import { ExportJson, actionPointsJson } from '../../server/export/exportJson.ts';
import { exportDataOf, votes, writeAp } from './exportTestData.ts';

const chars = (s: string) => s.length; // 1 unit per character

describe('markdown escaping', () => {
  it('keeps user text literal: no emphasis, links, code or HTML', () => {
    expect(escapeInline('*vet* _schuin_ `code` [link](http://x) ~weg~ a|b')).toBe(
      '\\*vet\\* \\_schuin\\_ \\`code\\` \\[link\\](http://x) \\~weg\\~ a\\|b',
    );
    expect(escapeInline('<script>alert("x")</script> & <img onerror=1>')).toBe(
      '&lt;script&gt;alert("x")&lt;/script&gt; & &lt;img onerror=1&gt;',
    );
  });

  it('leaves a plain & plain and keeps a typed entity from being read as one', () => {
    expect(escapeInline('Wonen & Zorg, R&D')).toBe('Wonen & Zorg, R&D');
    expect(escapeInline('schrijf &lt; of &#60; of &amp;')).toBe('schrijf &amp;lt; of &amp;#60; of &amp;amp;');
  });

  it('escapes a backslash', () => {
    expect(escapeInline('C:\\pad')).toBe('C:\\\\pad');
  });

  it('escapes line starts that would make headings, lists or quotes, and keeps line breaks', () => {
    expect(escapeBlock('# kop\n- lijst\n+ plus\n1. genummerd\n> quote\n=== lijn')).toBe(
      '\\# kop\\\n\\- lijst\\\n\\+ plus\\\n1\\. genummerd\\\n&gt; quote\\\n\\=== lijn',
    );
    expect(escapeBlock('alinea 1\n\n\n\nalinea 2')).toBe('alinea 1\n\nalinea 2');
    expect(escapeBlock('een\ntwee', '> ')).toBe('een\\\n> twee');
    expect(escapeBlock('woon-overlast 16:00-16:30')).toBe('woon-overlast 16:00-16:30');
  });

  it('writes the action points grouped per group, Dutch characters intact', () => {
    const a = new Y.Doc();
    writeAp(a, 0, { title: 'Eén loket voor ĳsselmonde', body: '**Let op**: <b>vet</b>' });
    const b = new Y.Doc();
    const data = exportDataOf([{ id: 'ga', name: 'Groep *A*', doc: a }, { id: 'gb', name: 'Groep B', doc: b }], (s) => {
      votes(s, 'ga:0', 4);
      s.decisions['ga:0'] = { status: 'adopted', history: [] };
    });
    const md = actionPointsMarkdown(data);
    expect(md).toContain('# Actiepunten: Werkconferentie');
    expect(md).toContain('12 maart 2026 · Utrecht');
    expect(md.indexOf('## Groep \\*A\\*')).toBeLessThan(md.indexOf('## Groep B'));
    expect(md).toContain('### 1. Eén loket voor ĳsselmonde');
    expect(md).toContain('\\*\\*Let op\\*\\*: &lt;b&gt;vet&lt;/b&gt;');
    expect(md).toContain('- **Stemmen plenair:** 4');
    expect(md).toContain('- **Besluit plenair:** aangenomen');
    expect(md).toContain('_Deze groep heeft geen actiepunten._');
    expect(md).not.toMatch(/<b>|<script/);
  });
});

describe('XML text', () => {
  it('drops characters XML cannot hold and escapes the rest', () => {
    expect(cleanText('a\u0000b\u0007c\td\r\ne\uD800f')).toBe('abc\td\nef');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(cleanText('emoji 😀 blijft')).toBe('emoji 😀 blijft');
  });
});

describe('wrapping', () => {
  it('breaks at spaces, inside over-long words, and at line breaks', () => {
    expect(wrapText('een twee drie', 8, chars)).toEqual(['een twee', 'drie']);
    expect(wrapText('abcdefghij', 4, chars)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('a\n\nb', 10, chars)).toEqual(['a', '', 'b']);
  });

  it('never splits a surrogate pair', () => {
    const lines = wrapText('😀😀😀', 3, chars);
    expect(lines.join('')).toBe('😀😀😀');
    for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('cuts to a number of lines with an ellipsis', () => {
    expect(clampLines(['aaaa', 'bbbb', 'cccc'], 2, 4, chars)).toEqual(['aaaa', 'bbb…']);
    expect(clampLines(['a'], 0, 4, chars)).toEqual([]);
  });

  it('estimates wider letters wider', () => {
    const w = estimateWidth(10);
    expect(w('mmm')).toBeGreaterThan(w('iii'));
  });
});

describe('JSON export', () => {
  it('validates against its schema, lists every slot and keeps text as typed', () => {
    const a = new Y.Doc();
    writeAp(a, 1, { title: '<b>ĳs</b>', parties: ['politie'], other: 'Buurtteam', lead: 'Buurtteam' });
    const data = exportDataOf([{ id: 'ga', name: 'Groep A', doc: a }], (s) => {
      s.decisions['ga:1'] = { status: 'amended', text: 'Nieuw', history: [] };
    });
    const json = ExportJson.parse(JSON.parse(actionPointsJson(data)));
    expect(json.schemaVersion).toBe(1);
    expect(json.workshop).toEqual({ id: 'w1', title: 'Werkconferentie', date: '2026-03-12', place: 'Utrecht', description: '' });
    const [first, second] = json.groups[0]!.actionPoints;
    expect(first.state).toBe('empty');
    expect(second).toMatchObject({
      number: 2, title: '<b>ĳs</b>', parties: ['politie'], otherParty: 'Buurtteam', lead: 'Buurtteam', leadLabel: 'Buurtteam',
      decision: { status: 'amended', text: 'Nieuw' },
    });
    // The group never submitted: its point was not on the ballot, so it is not ranked.
    expect(json.ranking).toEqual([]);
  });
});
