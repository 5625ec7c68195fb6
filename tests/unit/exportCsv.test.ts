import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CSV_HEADER, actionPointsCsv, csvCell, toCsv } from '../../server/export/csv.ts';
import { asciiFileName, contentDisposition, safeFileName } from '../../server/export/filename.ts';
import { exportDataOf, votes, writeAp } from './exportTestData.ts';

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"], ['-2+3', "'-2+3"], ['+A1', "'+A1"], ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`], ["-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"],
    ['+ SUM(A1:A9)', "'+ SUM(A1:A9)"], ['- 2*3', "'- 2*3"], ['+1 week', "'+1 week"],
    ['\tTAB', "'\tTAB"], ['\rCR', `"'\rCR"`], ['=', "'="],
  ])('neutralises a formula start: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    '+31 20 123 4567', '+31 (0)20 123 4567', '-', '-5', '+', '- overleg met de wijk', 'gewoon', '06-12345678',
  ])('leaves a harmless value as it is: %j', (input) => {
    expect(csvCell(input)).toBe(input);
  });

  it('quotes ; " and line breaks, doubling quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('gewoon, met komma')).toBe('gewoon, met komma');
    expect(csvCell(3)).toBe('3');
  });

  it('writes a BOM, ; separators and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['1', 'x;y']])).toBe('\uFEFFa;b\r\n1;"x;y"\r\n');
  });
});

describe('actionPointsCsv', () => {
  it('reads back through a CSV parser as the same rows', () => {
    const a = new Y.Doc();
    writeAp(a, 0, { title: 'Eén loket; “samen”', body: 'Regel één\nRegel twee met "quotes"', parties: ['gemeente', 'politie'], lead: 'politie' });
    writeAp(a, 1, { title: '=cmd|calc', body: '-rm -rf', parties: [], other: '@buurt', lead: '@buurt', timeframe: '+1 week' });
    const data = exportDataOf([{ id: 'ga', name: 'Groep ĳsselmonde', doc: a }], (s) => {
      votes(s, 'ga:0', 2);
      s.decisions['ga:0'] = { status: 'amended', text: 'Eén loket, nu met ĳver', history: [] };
      s.decisions['ga:1'] = { status: 'parked', history: [] };
    });
    const csv = actionPointsCsv(data);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.slice(1)).toEqual([
      ['Werkconferentie', 'Groep ĳsselmonde', '1', 'Eén loket; “samen”', 'Regel één\nRegel twee met "quotes"', 'Gemeente, Politie', 'Politie', 'dit jaar', '2', 'aangenomen met wijziging', 'Eén loket, nu met ĳver', '', 'compleet'],
      ['Werkconferentie', 'Groep ĳsselmonde', '2', "'=cmd|calc", "'-rm -rf", "'@buurt", "'@buurt", "'+1 week", '0', 'geparkeerd', '', '', 'compleet'],
    ]);
  });
});

describe('download file names', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(asciiFileName('Wérkconferentie ĳssel: “2026”.csv')).toBe('Werkconferentie-ijssel-2026.csv');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\u0000k')).toBe('a b c d e f g h i j k');
    expect(contentDisposition('Eén “loket”.pdf')).toBe(
      "attachment; filename=\"Een-loket.pdf\"; filename*=UTF-8''E%C3%A9n%20%E2%80%9Cloket%E2%80%9D.pdf",
    );
    expect(contentDisposition("it's (1)!.md")).toContain("filename*=UTF-8''it%27s%20%281%29!.md");
    expect(asciiFileName('ĳĳĳ')).toBe('ijijij');
    expect(asciiFileName('???')).toBe('werkbord');
  });
});
