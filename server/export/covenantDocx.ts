import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, HeightRule, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions,
} from 'docx';
import type { ExportData } from './exportData.ts';
import { covenantModel, type Article, type CovenantModel } from './covenant.ts';
import { DECISION_LABEL, dutchDate } from './labels.ts';
import type { ActionPointRow } from './rows.ts';
import { linesOf } from './text.ts';

/*
 * The draft covenant "Opzet convenant Aanpak discriminatie en woonoverlast" as a Word
 * document: title page, introduction, parties, the articles, an empty signature table, and the
 * parked (and undecided) action points in appendices. Dutch throughout. The docx package
 * escapes XML itself; `linesOf` drops the characters XML cannot hold at all.
 */

export const COVENANT_TITLE = 'Opzet convenant';
export const COVENANT_SUBJECT = 'Aanpak discriminatie en woonoverlast';

/** Runs of a user text, each line break kept as a break. */
function runs(text: string, style: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return linesOf(text).map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function para(text: string, style: Omit<IRunOptions, 'text' | 'break'> = {}): Paragraph {
  return new Paragraph({ children: runs(text, style), spacing: { after: 120 } });
}

/** Paragraphs of a longer text: blank lines separate paragraphs. */
function paragraphs(text: string): Paragraph[] {
  return text.trim().split(/\n\s*\n/).filter((p) => p.trim()).map((p) => para(p.trim()));
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: level, pageBreakBefore, children: runs(text), keepNext: true });
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(value || '–')] });
}

function titlePage(m: CovenantModel): Paragraph[] {
  const { workshop } = m;
  const where = [dutchDate(workshop.date), workshop.place.trim()].filter(Boolean).join(', ');
  return [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: COVENANT_TITLE, size: 56, bold: true })] }),
    new Paragraph({ spacing: { after: 600 }, children: [new TextRun({ text: COVENANT_SUBJECT, size: 40 })] }),
    new Paragraph({ spacing: { after: 120 }, children: runs(workshop.title, { size: 28, bold: true }) }),
    ...(where ? [new Paragraph({ spacing: { after: 120 }, children: runs(where, { size: 24 }) })] : []),
    new Paragraph({
      spacing: { before: 1200 },
      children: [new TextRun({
        text: `Concept, opgesteld op ${dutchDate(new Date(m.generatedAt).toISOString().slice(0, 10))} op basis van de uitkomsten van de werkconferentie. Dit document is nog niet vastgesteld of ondertekend.`,
        italics: true, color: '555555',
      })],
    }),
  ];
}

function introduction(m: CovenantModel): Paragraph[] {
  const articles = m.chapters.reduce((n, c) => n + c.articles.length, 0);
  const out = [heading('1. Inleiding', HeadingLevel.HEADING_1, true)];
  if (m.workshop.description.trim()) out.push(...paragraphs(m.workshop.description));
  out.push(para(
    `Tijdens de werkconferentie „${m.workshop.title.trim()}” formuleerden ${m.groupCount} ${m.groupCount === 1 ? 'groep' : 'groepen'} `
    + 'elk twee actiepunten. In het plenaire deel is over de actiepunten gestemd en besloten. '
    + `De ${articles} aangenomen actiepunten staan in hoofdstuk 3 als artikelen, geordend naar het aantal stemmen `
    + 'en gegroepeerd per thema of per trekker. Geparkeerde actiepunten staan in bijlage 1.',
  ));
  return out;
}

function partiesSection(m: CovenantModel): Paragraph[] {
  return [
    heading('2. Partijen', HeadingLevel.HEADING_1),
    para('De ondergetekenden:'),
    ...m.parties.map((p) => new Paragraph({ bullet: { level: 0 }, children: runs(p) })),
    para('hierna gezamenlijk te noemen: partijen, komen het volgende overeen.'),
  ];
}

function origin(row: ActionPointRow): string {
  const decision = row.decision ? DECISION_LABEL[row.decision] : 'geen besluit';
  return `${row.groupName}, actiepunt ${row.number}; ${row.votes} ${row.votes === 1 ? 'stem' : 'stemmen'}; ${decision}`;
}

function article(a: Article): Paragraph[] {
  const { row } = a;
  const out = [heading(`Artikel ${a.number}. ${row.title || '(zonder titel)'}`, HeadingLevel.HEADING_3)];
  out.push(...paragraphs(a.text || '(geen toelichting)'));
  out.push(labelled('Betrokken partijen', row.parties.join(', ')));
  out.push(labelled('Trekker', row.lead));
  out.push(labelled('Termijn', row.timeframe));
  out.push(labelled('Herkomst', origin(row)));
  if (row.decision === 'amended' && row.amendedText && row.body) {
    out.push(new Paragraph({
      spacing: { before: 80, after: 160 },
      children: [new TextRun({ text: 'Oorspronkelijke tekst van de groep: ', italics: true }), ...runs(row.body, { italics: true, color: '555555' })],
    }));
  }
  return out;
}

function agreements(m: CovenantModel): Paragraph[] {
  const out = [heading('3. Afspraken', HeadingLevel.HEADING_1)];
  if (m.chapters.length === 0) out.push(para('In het plenaire deel is (nog) geen actiepunt aangenomen.', { italics: true }));
  for (const chapter of m.chapters) {
    const title = chapter.kind === 'theme'
      ? `Thema: ${chapter.title || '(zonder titel)'}`
      : `Trekker: ${chapter.title || 'nog niet bepaald'}`;
    out.push(heading(title, HeadingLevel.HEADING_2));
    for (const a of chapter.articles) out.push(...article(a));
  }
  return out;
}

const SIGNATURE_COLUMNS = ['Partij', 'Naam', 'Functie', 'Datum', 'Handtekening'] as const;
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function cell(text: string, bold = false): TableCell {
  return new TableCell({ borders, children: [new Paragraph({ children: runs(text, { bold }) })] });
}

function signatures(m: CovenantModel): (Paragraph | Table)[] {
  const where = m.workshop.place.trim() || '……………………';
  const blankRows = 2;
  const rows = [
    new TableRow({ tableHeader: true, children: SIGNATURE_COLUMNS.map((c) => cell(c, true)) }),
    ...[...m.parties, ...Array.from({ length: blankRows }, () => '')].map((party) => new TableRow({
      height: { value: 900, rule: HeightRule.ATLEAST },
      children: SIGNATURE_COLUMNS.map((_, i) => cell(i === 0 ? party : '')),
    })),
  ];
  return [
    heading('4. Ondertekening', HeadingLevel.HEADING_1, true),
    para(`Aldus overeengekomen en ondertekend te ${where} op ……………………`),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
  ];
}

function appendixItem(row: ActionPointRow): Paragraph[] {
  return [
    heading(`${row.title || '(zonder titel)'}`, HeadingLevel.HEADING_3),
    ...paragraphs(row.body || '(geen toelichting)'),
    labelled('Betrokken partijen', row.parties.join(', ')),
    labelled('Trekker', row.lead),
    labelled('Termijn', row.timeframe),
    labelled('Herkomst', origin(row)),
  ];
}

function appendices(m: CovenantModel): Paragraph[] {
  const out = [heading('Bijlage 1. Geparkeerde actiepunten', HeadingLevel.HEADING_1, true)];
  if (m.parked.length === 0) out.push(para('Er zijn geen actiepunten geparkeerd.', { italics: true }));
  for (const row of m.parked) out.push(...appendixItem(row));
  if (m.undecided.length > 0) {
    out.push(heading('Bijlage 2. Actiepunten zonder besluit', HeadingLevel.HEADING_1, true));
    out.push(para('Over deze actiepunten heeft het plenaire deel (nog) geen besluit genomen.', { italics: true }));
    for (const row of m.undecided) out.push(...appendixItem(row));
  }
  return out;
}

/** The covenant model as a Document (exposed for tests and for other layouts). */
export function covenantDocument(m: CovenantModel): Document {
  return new Document({
    creator: 'Werkbord',
    title: `${COVENANT_TITLE} ${COVENANT_SUBJECT}`,
    description: `Concept op basis van de werkconferentie ${m.workshop.title}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: `${COVENANT_TITLE} ${COVENANT_SUBJECT} – concept – pagina `, size: 16, color: '666666' }),
              new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' })],
          })],
        }),
      },
      children: [
        ...titlePage(m), ...introduction(m), ...partiesSection(m), ...agreements(m), ...signatures(m), ...appendices(m),
      ],
    }],
  });
}

/** The draft covenant as .docx bytes. */
export async function covenantDocx(data: ExportData): Promise<Buffer> {
  return Packer.toBuffer(covenantDocument(covenantModel(data)));
}
