import {
  AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type Table,
} from 'docx';
import type { ExportData } from './exportData.ts';
import { covenantModel, type CovenantModel } from './covenant.ts';
import { appendices } from './covenantAppendix.ts';
import { articleChapters } from './covenantArticles.ts';
import { heading, listItem, para, runs, splitParagraphs, type RunStyle } from './covenantBlocks.ts';
import { introductionParagraphs } from './covenantIntro.ts';
import { recitals } from './covenantPreamble.ts';
import { signatures } from './covenantSignatures.ts';
import { LANGUAGE, LIST, PAGE, STYLE, numbering, styles } from './covenantStyles.ts';
import { dutchDate } from './labels.ts';

/*
 * The draft covenant as a Word document, in the order a lawyer's draft has it: title page (no
 * footer), a note to the reader on how the draft came about (to be deleted before signing),
 * then the covenant: parties with seat and representative placeholders, the preamble
 * ("Overwegende dat"), chapters of articles (purpose; the adopted action points; privacy,
 * duration, amendment, disputes), signing, and the appendices with where each article came
 * from and what was parked. The content comes from covenant*.ts; this file only composes.
 */

export const COVENANT_TITLE = 'Opzet convenant';
const DOTS = '……………………';

/** "Opzet convenant Aanpak discriminatie en woonoverlast", or the title alone without a subject. */
export const fullTitle = (m: Pick<CovenantModel, 'subject'>) => [COVENANT_TITLE, m.subject].filter(Boolean).join(' ');

function titlePage(m: CovenantModel): Paragraph[] {
  const { workshop } = m;
  const where = [dutchDate(workshop.date), workshop.place.trim()].filter(Boolean).join(', ');
  const line = (text: string, style: RunStyle, after: number, before = 0) =>
    new Paragraph({ spacing: { before, after }, keepLines: true, children: runs(text, style) });
  return [
    line(COVENANT_TITLE, { size: 56, bold: true, color: '1F3864' }, 240, 2400),
    ...(m.subject ? [line(m.subject, { size: 40, color: '2F5496' }, 600)] : []),
    line(workshop.title, { size: 28, bold: true }, 120),
    ...(where ? [line(where, { size: 24 }, 120)] : []),
    line(
      `Concept, opgesteld op ${dutchDate(new Date(m.generatedAt).toISOString().slice(0, 10))} op basis van de uitkomsten `
      + 'van de werkconferentie. Dit document is nog niet vastgesteld of ondertekend.',
      { italics: true, color: '555555' }, 0, 1200,
    ),
  ];
}

function note(m: CovenantModel): Paragraph[] {
  return [heading('Toelichting bij dit concept', 'plain1', true), ...introductionParagraphs(m).map((p) => para(p))];
}

function parties(m: CovenantModel): Paragraph[] {
  const last = m.parties.length - 1;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, pageBreakBefore: true, children: runs(m.subject ? `Convenant ${m.subject}` : 'Convenant') }),
    heading('Partijen', 'plain1'),
    para('De ondergetekenden:', {}, { keepNext: true }),
    ...m.parties.map((p, i) => listItem([
      ...runs(p, { bold: true }),
      ...runs(` ${DOTS} (naam), gevestigd te ${DOTS}, hierbij vertegenwoordigd door ${DOTS} (naam en functie), `
        + `hierna te noemen: „${p}”${i === last ? ',' : ';'}`),
    ], LIST.party, 1, true)),
    para('hierna gezamenlijk te noemen: „partijen” en ieder afzonderlijk: „partij”,'),
  ];
}

function preamble(m: CovenantModel): Paragraph[] {
  const out = [heading('Overwegingen', 'plain1'), para('Overwegende dat:', {}, { keepNext: true })];
  const all = recitals(m);
  all.forEach((r, ri) => {
    // The last clause stays with "komen het volgende overeen:", which closes the preamble.
    out.push(listItem(runs(r.text), LIST.recital, 1, r.quotes.length > 0 || ri === all.length - 1));
    // A quote's paragraphs stay together; quotes of many groups may run over pages.
    for (const q of r.quotes) {
      splitParagraphs(q.text).forEach((text, pi, parts) => out.push(new Paragraph({
        style: STYLE.quote, keepLines: true, keepNext: pi < parts.length - 1,
        children: [...(q.label && pi === 0 ? runs(`${q.label}: `, { bold: true }) : []), ...runs(text)],
      })));
    }
  });
  out.push(para('komen het volgende overeen:', { bold: true }));
  return out;
}

function footer(m: CovenantModel): Footer {
  const style = { size: 16, color: '666666', language: { value: LANGUAGE } };
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ ...style, text: `${fullTitle(m)} – concept – pagina ` }),
        new TextRun({ ...style, children: [PageNumber.CURRENT] }),
        new TextRun({ ...style, text: ' van ' }),
        new TextRun({ ...style, children: [PageNumber.TOTAL_PAGES] }),
      ],
    })],
  });
}

/** The covenant model as a Document (exposed for tests and for other layouts). */
export function covenantDocument(m: CovenantModel): Document {
  const body: (Paragraph | Table)[] = [
    ...titlePage(m), ...note(m), ...parties(m), ...preamble(m), ...articleChapters(m), ...signatures(m), ...appendices(m),
  ];
  return new Document({
    creator: 'Werkbord',
    title: fullTitle(m),
    description: `Concept op basis van de werkconferentie ${m.workshop.title}`,
    styles,
    numbering,
    sections: [{
      properties: {
        // The title page gets the (empty) first-page footer: no page number on a cover.
        titlePage: true,
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: PAGE.footer },
        },
      },
      footers: { first: new Footer({ children: [new Paragraph({})] }), default: footer(m) },
      children: body,
    }],
  });
}

/** The draft covenant as .docx bytes. */
export async function covenantDocx(data: ExportData): Promise<Buffer> {
  return Packer.toBuffer(covenantDocument(covenantModel(data)));
}
