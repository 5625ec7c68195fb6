import { PDFDocument, rgb } from 'pdf-lib';
import { isEmptyBoard } from './boardBounds.ts';
import type { ExportData, ExportGroup } from './exportData.ts';
import { DECISION_LABEL, dutchDate } from './labels.ts';
import { drawBoard } from './pdfBoard.ts';
import { PdfFlow, A4 } from './pdfFlow.ts';
import { embedFonts, type PdfFonts } from './pdfFonts.ts';
import { sealPage } from './pdfSeal.ts';
import { actionPointRows, type ActionPointRow } from './rows.ts';

/*
 * The report PDF: a title page, every board on a page of its own (A4 landscape), then all
 * action points (A4 portrait, as many pages as they need). Page count: 1 + groups + the
 * action-point pages (one for a usual workshop).
 */

const LANDSCAPE = { w: A4.h, h: A4.w } as const;

function titlePage(flow: PdfFlow, data: ExportData, rows: ActionPointRow[]): void {
  const { workshop } = data;
  flow.newPage();
  flow.gap(120);
  flow.text('Verslag werkconferentie', { size: 14, grey: 0.35, after: 10 });
  flow.text(workshop.title, { size: 26, bold: true, after: 14 }, 4);
  const where = [dutchDate(workshop.date), workshop.place.trim()].filter(Boolean).join(', ');
  if (where) flow.text(where, { size: 14, after: 24 }, 2);
  // The title page stays one page: a long description is cut here (the covenant has it whole).
  if (workshop.description.trim()) flow.text(workshop.description.trim(), { size: 11, after: 24 }, 22);
  const boards = data.groups.length;
  flow.text(`${boards} ${boards === 1 ? 'bord' : 'borden'}, ${rows.length} ${rows.length === 1 ? 'actiepunt' : 'actiepunten'}.`, { size: 11, after: 4 });
  flow.text(`Gemaakt met Werkbord op ${dutchDate(new Date(data.generatedAt).toISOString().slice(0, 10))}.`, { size: 9, grey: 0.4 });
}

function boardPage(pdf: PDFDocument, fonts: PdfFonts, group: ExportGroup, index: number, total: number): void {
  const page = pdf.addPage([LANDSCAPE.w, LANDSCAPE.h]);
  const margin = 36;
  const headerSize = 16;
  page.drawText(fonts.safe(group.name), { x: margin, y: LANDSCAPE.h - margin - headerSize, size: headerSize, font: fonts.bold });
  const label = `Bord ${index + 1} van ${total}`;
  page.drawText(label, {
    x: LANDSCAPE.w - margin - fonts.width(label, 10), y: LANDSCAPE.h - margin - headerSize, size: 10, font: fonts.regular, color: rgb(0.4, 0.4, 0.4),
  });
  const area = { x: margin, y: margin, w: LANDSCAPE.w - 2 * margin, h: LANDSCAPE.h - 2 * margin - headerSize - 16 };
  if (isEmptyBoard(group.board)) {
    page.drawText('Dit bord is leeg.', { x: margin, y: area.y + area.h - 30, size: 12, font: fonts.regular, color: rgb(0.4, 0.4, 0.4) });
    return;
  }
  drawBoard(page, group.board, area, fonts);
  sealPage(pdf, page);
}

function decisionText(r: ActionPointRow): string {
  if (!r.decision) return 'nog geen besluit';
  return r.decision === 'amended' ? `${DECISION_LABEL.amended}: ${r.amendedText}` : DECISION_LABEL[r.decision];
}

function actionPointPages(flow: PdfFlow, data: ExportData, rows: ActionPointRow[]): void {
  flow.newPage();
  flow.text('Actiepunten', { size: 20, bold: true, after: 12 });
  for (const group of data.groups) {
    flow.keep(60);
    flow.text(group.name, { size: 14, bold: true, after: 6 });
    const own = rows.filter((r) => r.groupId === group.id);
    if (own.length === 0) flow.text('Geen actiepunten.', { size: 10, grey: 0.4, after: 10 });
    for (const r of own) {
      flow.keep(48);
      flow.text(`${r.number}. ${r.title || '(zonder titel)'}`, { size: 12, bold: true, after: 3 });
      if (r.body) flow.text(r.body, { size: 10, indent: 14, after: 3 });
      const meta = { size: 9, grey: 0.3, indent: 14 };
      flow.text(`Partijen: ${r.parties.join(', ') || '–'}`, meta);
      flow.text(`Trekker: ${r.lead || '–'} · Termijn: ${r.timeframe || '–'}`, meta);
      flow.text(`Stemmen plenair: ${r.votes} · Besluit: ${decisionText(r)}${r.themeTitle ? ` · Thema: ${r.themeTitle}` : ''}`, { ...meta, after: 10 });
    }
    flow.gap(6);
  }
}

/** The report as PDF bytes. */
export async function reportPdf(data: ExportData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Verslag: ${data.workshop.title}`);
  pdf.setAuthor('Werkbord');
  pdf.setCreator('Werkbord');
  pdf.setLanguage('nl-NL');
  const fonts = await embedFonts(pdf);
  const rows = actionPointRows(data);
  const flow = new PdfFlow(pdf, fonts);
  titlePage(flow, data, rows);
  data.groups.forEach((group, i) => boardPage(pdf, fonts, group, i, data.groups.length));
  actionPointPages(flow, data, rows);
  return pdf.save();
}

