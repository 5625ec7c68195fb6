import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { covenantDocx } from '../../server/export/covenantDocx.ts';
import { SIGNATURE_COLUMNS } from '../../server/export/covenantSignatures.ts';
import { TEXT_WIDTH } from '../../server/export/covenantStyles.ts';
import { CELL_PAD } from '../../server/export/covenantTable.ts';
import type { ExportData } from '../../server/export/exportData.ts';
import { longestWordTwips } from '../../server/export/textWidth.ts';
import { emptyGroups, workshop } from './covenantTestData.ts';
import { exportDataOf } from './exportTestData.ts';

/* The covenant read back from its Word XML: language, numbering, keeping together, table, footer. */

interface Docx { files: Record<string, string>; doc: string; text: string; paras: string[] }

async function open(data: ExportData): Promise<Docx> {
  const zip = unzipSync(new Uint8Array(await covenantDocx(data)));
  const files = Object.fromEntries(Object.entries(zip).filter(([n]) => n.endsWith('.xml') || n.endsWith('.rels')).map(([n, b]) => [n, strFromU8(b)]));
  const doc = files['word/document.xml']!;
  return { files, doc, text: textOf(doc), paras: doc.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [] };
}

const textOf = (xml: string) => (xml.match(/<w:t[ >][^<]*<\/w:t>|<w:t\/>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')
  .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
const styleOf = (p: string) => /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '';
const at = (d: Docx, s: string) => d.text.indexOf(s);

/** The abstract numbering's level text behind a numId. */
function levelTextOf(numberingXml: string, numId: string): string {
  const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numberingXml)?.[1];
  const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numberingXml)?.[0] ?? '';
  return /<w:lvlText w:val="([^"]*)"/.exec(abstract)?.[1] ?? '';
}

/** The numId a paragraph style carries. */
function styleNumId(stylesXml: string, styleId: string): string {
  const style = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';
  return /<w:numId w:val="(\d+)"/.exec(style)?.[1] ?? '';
}

describe('covenant DOCX', () => {
  it('reads in the lawyer\'s order; the articles read as agreements, votes and origin in the appendix', async () => {
    const d = await open(workshop());
    const order = ['Opzet convenant', 'Toelichting bij dit concept', 'De ondergetekenden:', 'Overwegende dat:',
      'komen het volgende overeen:', 'Algemeen', 'Doel', 'Afspraken', 'Trekker: Woningcorporatie', 'Buurtbemiddeling',
      'Thema: Eén aanpak', 'Eén loket, per regio', 'Meldpunt', 'Slotbepalingen', 'Gegevensuitwisseling en privacy',
      'Duur en evaluatie', 'Wijziging, toetreding en opzegging', 'Geschillen', 'Ondertekening', 'Herkomst van de artikelen',
      'Oorspronkelijke tekst van gewijzigde actiepunten', 'Geparkeerde actiepunten', 'Training'];
    const positions = order.map((s) => at(d, s));
    expect(positions.every((p) => p >= 0), order.filter((_, i) => positions[i]! < 0).join(', ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const agreements = d.text.slice(at(d, 'Trekker: Woningcorporatie'), at(d, 'Slotbepalingen'));
    expect(agreements).not.toMatch(/Herkomst|stemmen|Groep A|Groep B/);
    // Under the lead's heading the article does not repeat "Trekker:"; under a theme it says who leads.
    expect(d.text.slice(at(d, 'Trekker: Woningcorporatie') + 10, at(d, 'Thema: Eén aanpak'))).not.toContain('Trekker:');
    expect(d.text.slice(at(d, 'Thema: Eén aanpak'), at(d, 'Slotbepalingen'))).toContain('Trekker: Gemeente');
    const appendix = d.text.slice(at(d, 'Herkomst van de artikelen'));
    const originTable = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*Actiepunt van[\s\S]*?<\/w:tbl>/.exec(d.doc)?.[0] ?? '';
    const rows = (originTable.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((r) => (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(textOf));
    expect(rows).toEqual([
      ['Artikel', 'Actiepunt van', 'Stemmen', 'Besluit'],
      ['Artikel 2 Buurtbemiddeling', 'Groep A, actiepunt 2', '7', 'aangenomen'],
      ['Artikel 3 Eén loket', 'Groep B, actiepunt 1', '3', 'aangenomen met wijziging'],
      ['Artikel 4 Meldpunt', 'Groep A, actiepunt 1', '2', 'aangenomen'],
    ]);
    expect(appendix).toContain('Artikel 3 Eén loket (Groep B, actiepunt 1)Omdat het helpt.');
    expect(d.text).toContain('Gemeente …………………… (naam), gevestigd te ……………………, hierbij vertegenwoordigd door');
    expect(d.text).toContain('Convenant Aanpak discriminatie en woonoverlast');
  });

  it('is Dutch throughout: nl-NL in the defaults and on every run with text', async () => {
    const d = await open(workshop());
    expect(d.files['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="nl-NL"[\s\S]*<\/w:docDefaults>/);
    const runs = [d.doc, ...Object.entries(d.files).filter(([n]) => /word\/footer\d*\.xml/.test(n)).map(([, x]) => x)]
      // A cross-reference's cached result is rewritten by Word when it updates the field: left out.
      .map((x) => x.replace(/<w:fldSimple [\s\S]*?<\/w:fldSimple>/g, ''))
      .flatMap((x) => x.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).filter((r) => /<w:t[ >]/.test(r));
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.filter((r) => !r.includes('<w:lang w:val="nl-NL"/>'))).toEqual([]);
  });

  it('numbers chapters, articles and appendices with Word numbering tied to their styles, not typed text', async () => {
    const d = await open(workshop());
    const numberingXml = d.files['word/numbering.xml']!;
    const stylesXml = d.files['word/styles.xml']!;
    expect(levelTextOf(numberingXml, styleNumId(stylesXml, 'Hoofdstuk'))).toBe('Hoofdstuk %1.');
    expect(levelTextOf(numberingXml, styleNumId(stylesXml, 'Artikel'))).toBe('Artikel %1.');
    expect(levelTextOf(numberingXml, styleNumId(stylesXml, 'Bijlage'))).toBe('Bijlage %1.');
    const styled = (id: string) => d.paras.filter((p) => styleOf(p) === id).map(textOf);
    expect(styled('Hoofdstuk')).toEqual(['Algemeen', 'Afspraken', 'Slotbepalingen']);
    expect(styled('Artikel')).toEqual(['Doel', 'Buurtbemiddeling', 'Eén loket', 'Meldpunt',
      'Gegevensuitwisseling en privacy', 'Duur en evaluatie', 'Wijziging, toetreding en opzegging', 'Geschillen']);
    expect(styled('Bijlage')).toEqual(['Herkomst van de artikelen', 'Geparkeerde actiepunten']);
    expect(d.text).not.toMatch(/Artikel \d+\. |Hoofdstuk \d+\. |Bijlage \d+\. /);
    // The appendix refers to the article heading by a field, so it follows a renumbering.
    expect(d.doc).toMatch(/<w:fldSimple w:instr="REF Artikel_3 \\h \\n">/);
    expect(d.doc).toMatch(/<w:bookmarkStart w:name="Artikel_3" [^>]*\/><w:r>[\s\S]*?Eén loket/);
  });

  it('keeps an article\'s heading, text and details together, and heading styles keep with the next', async () => {
    const d = await open(workshop());
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Hoofdstuk', 'Artikel', 'Bijlage']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(d.files['word/styles.xml']!)?.[0] ?? '';
      expect(style, id).toContain('<w:keepNext/>');
      expect(style, id).toContain('<w:keepLines/>');
    }
    const start = d.paras.findIndex((p) => styleOf(p) === 'Artikel' && textOf(p) === 'Eén loket');
    const end = d.paras.findIndex((p, i) => i > start && textOf(p).startsWith('Termijn:'));
    const article = d.paras.slice(start + 1, end + 1);
    expect(article.map(textOf)).toEqual(['Eén loket, per regio', 'Betrokken partijen: Gemeente, Politie', 'Trekker: Gemeente', 'Termijn: dit jaar']);
    expect(article.slice(0, -1).every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    expect(article.every((p) => p.includes('<w:keepLines/>'))).toBe(true);
    // The last line lets the next article start on a new page if it must.
    expect(article.at(-1)).not.toContain('<w:keepNext/>');
  });

  it('sizes the signature table\'s columns to the longest word, in a fixed layout', async () => {
    const d = await open(exportDataOf(emptyGroups(1)));
    const table = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*Handtekening[\s\S]*?<\/w:tbl>/.exec(d.doc)?.[0] ?? '';
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(SIGNATURE_COLUMNS.length);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    const fits = (word: string, width: number, bold = false) => longestWordTwips(word, 11, bold) + CELL_PAD <= width;
    expect(fits('Antidiscriminatievoorziening', grid[0]!)).toBe(true);
    expect(fits('Woningcorporatie', grid[0]!)).toBe(true);
    SIGNATURE_COLUMNS.forEach((h, i) => expect(fits(h, grid[i]!, true), h).toBe(true));
    // Each cell says the same width as its grid column (Word lays out from the cells).
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
    expect([...firstRow.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)" w:type="dxa"\/>/g)].map((m) => Number(m[1] ?? m[2]))).toEqual(grid);
    // A header and the four parties of the fixed list, then two blank rows.
    expect(table.match(/<w:tr>|<w:tr /g)).toHaveLength(1 + 4 + 2);
  });

  it('has "pagina X van Y" in the footer and none on the title page', async () => {
    const d = await open(workshop());
    const sectPr = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(d.doc)?.[0] ?? '';
    expect(sectPr).toContain('<w:titlePg/>');
    const rels = d.files['word/_rels/document.xml.rels']!;
    const footerOf = (type: string) => {
      const rid = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(sectPr)?.[1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
      return d.files[`word/${target?.[1] ?? target?.[2]}`] ?? '';
    };
    const page = footerOf('default');
    expect(textOf(page)).toBe('Opzet convenant Aanpak discriminatie en woonoverlast – concept – pagina  van ');
    expect(page).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(page).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    const first = footerOf('first');
    expect(first).toContain('<w:ftr');
    expect(textOf(first)).toBe('');
  });

  it('signs at the town of signing, dots without one, never at the venue; the subject is the organiser\'s', async () => {
    const venue = { place: 'Wijkcentrum De Brug, zaal 2' };
    const dots = await open(exportDataOf(emptyGroups(1), undefined, venue));
    expect(dots.text).toContain('Aldus overeengekomen en ondertekend te …………………… op ……………………');
    expect(dots.text.slice(at(dots, 'Ondertekening'))).not.toContain('Wijkcentrum');
    const town = await open(exportDataOf(emptyGroups(1), undefined, { ...venue, signingPlace: 'Zwolle', covenantSubject: 'Samen wonen' }));
    expect(town.text).toContain('Aldus overeengekomen en ondertekend te Zwolle op ……………………');
    expect(town.text).toContain('Convenant Samen wonen');
    expect(town.text).not.toContain('Aanpak discriminatie');
    const none = await open(exportDataOf(emptyGroups(1), undefined, { covenantSubject: '' }));
    expect(none.text).not.toContain('Aanpak discriminatie');
    expect(none.paras.map(textOf)).toContain('Convenant');
  });

  it('says on an empty workshop that there are no agreements yet, and has no appendix', async () => {
    const d = await open(exportDataOf(emptyGroups(2)));
    expect(d.text).toContain('[Hier komen de afspraken van partijen. In het plenaire deel is (nog) geen actiepunt aangenomen.]');
    expect(d.paras.filter((p) => styleOf(p) === 'Bijlage')).toEqual([]);
    expect(d.text).not.toContain('De 0');
  });
});
