import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { boardBounds, isEmptyBoard } from './boardBounds.ts';
import { tileBoard, tileShowsText } from './boardTiles.ts';
import type { ExportData, ExportGroup } from './exportData.ts';
import { DECISION_LABEL, dutchDate } from './labels.ts';
import { drawBoard } from './pdfBoard.ts';
import { PdfFlow, A4, type TextStyle } from './pdfFlow.ts';
import { setOutline, setPageLabels, type Bookmark } from './pdfNavigation.ts';
import { embedFonts, type PdfFonts } from './pdfFonts.ts';
import { sealPage } from './pdfSeal.ts';
import { actionPointRows, type ActionPointRow } from './rows.ts';

/*
 * The report PDF: a title page (the description flows on over as many pages as it needs), every
 * board on a page of its own (A4 landscape; a board too big to read on one page follows with
 * tiles of it, see boardTiles.ts), then all action points (A4 portrait), each kept on one page.
 * Every page has "pagina X van Y"; bookmarks lead to each board and each group's action points;
 * page labels match the footers; the language is nl-NL.
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
  if (workshop.description.trim()) flow.text(workshop.description.trim(), { size: 11, after: 24 });
  const boards = data.groups.length;
  flow.text(`${boards} ${boards === 1 ? 'bord' : 'borden'}, ${rows.length} ${rows.length === 1 ? 'actiepunt' : 'actiepunten'}.`, { size: 11, after: 4 });
  flow.text(`Gemaakt met Werkbord op ${dutchDate(new Date(data.generatedAt).toISOString().slice(0, 10))}.`, { size: 9, grey: 0.4 });
}

const BOARD_MARGIN = 36;
const HEADER_SIZE = 16;

function boardHeader(page: PDFPage, fonts: PdfFonts, title: string, label: string): void {
  const y = LANDSCAPE.h - BOARD_MARGIN - HEADER_SIZE;
  page.drawText(fonts.safe(title), { x: BOARD_MARGIN, y, size: HEADER_SIZE, font: fonts.bold });
  page.drawText(label, { x: LANDSCAPE.w - BOARD_MARGIN - fonts.width(label, 10), y, size: 10, font: fonts.regular, color: rgb(0.4, 0.4, 0.4) });
}

/** A board's pages: the whole board, then its tiles when it is too big to read on one page. Returns the first page's index. */
function boardPages(pdf: PDFDocument, fonts: PdfFonts, group: ExportGroup, index: number, total: number): number {
  const first = pdf.getPageCount();
  const page = pdf.addPage([LANDSCAPE.w, LANDSCAPE.h]);
  const area = { x: BOARD_MARGIN, y: BOARD_MARGIN + 12, w: LANDSCAPE.w - 2 * BOARD_MARGIN, h: LANDSCAPE.h - 2 * BOARD_MARGIN - HEADER_SIZE - 28 };
  const label = `Bord ${index + 1} van ${total}`;
  boardHeader(page, fonts, group.name, label);
  if (isEmptyBoard(group.board)) {
    page.drawText('Dit bord is leeg.', { x: BOARD_MARGIN, y: area.y + area.h - 30, size: 12, font: fonts.regular, color: rgb(0.4, 0.4, 0.4) });
    return first;
  }
  drawBoard(page, group.board, area, fonts);
  sealPage(pdf, page);
  const { tiles, rows, cols } = tileBoard(boardBounds(group.board), area);
  // Parts of the board without text are left out (the overview shows them).
  const printed = tiles.map((view, at) => ({ view, at })).filter(({ view }) => tileShowsText(group.board, view));
  printed.forEach(({ view, at }, t) => {
    const tile = pdf.addPage([LANDSCAPE.w, LANDSCAPE.h]);
    const where = `rij ${Math.floor(at / cols) + 1} van ${rows}, kolom ${(at % cols) + 1} van ${cols}`;
    boardHeader(tile, fonts, `${group.name} – deel ${t + 1} van ${printed.length}`, `${label} · ${where}`);
    drawBoard(tile, group.board, area, fonts, { view });
    sealPage(pdf, tile);
  });
  return first;
}

function decisionText(r: ActionPointRow): string {
  if (!r.decision) return 'nog geen besluit';
  // An amended point's new text is its body above (actionPointBlocks): not repeated here.
  return DECISION_LABEL[r.decision];
}

const META: TextStyle = { size: 9, grey: 0.3, indent: 14 };

/** The blocks of one action point, top to bottom: the adopted text first, the group's original below. */
function actionPointBlocks(r: ActionPointRow): { text: string; style: TextStyle }[] {
  const blocks: { text: string; style: TextStyle }[] = [
    { text: `${r.number}. ${r.title || '(zonder titel)'}`, style: { size: 12, bold: true, after: 3 } },
  ];
  if (r.decision === 'amended' && r.amendedText.trim()) {
    blocks.push({ text: r.amendedText.trim(), style: { size: 10, indent: 14, after: 3 } });
    blocks.push({ text: 'Oorspronkelijke tekst van de groep:', style: { ...META, bold: true, after: 1 } });
    if (r.body) blocks.push({ text: r.body, style: { ...META, after: 3 } });
  } else if (r.body) {
    blocks.push({ text: r.body, style: { size: 10, indent: 14, after: 3 } });
  }
  blocks.push(
    { text: `Partijen: ${r.parties.join(', ') || '–'}`, style: META },
    { text: `Trekker: ${r.lead || '–'} · Termijn: ${r.timeframe || '–'}`, style: META },
    { text: `Stemmen plenair: ${r.votes} · Besluit: ${decisionText(r)}${r.themeTitle ? ` · Thema: ${r.themeTitle}` : ''}`, style: { ...META, after: 10 } },
  );
  return blocks;
}

/** The action-point pages; returns a bookmark per group. */
function actionPointPages(flow: PdfFlow, data: ExportData, rows: ActionPointRow[]): Bookmark[] {
  flow.newPage();
  const first = flow.pageIndex;
  flow.text('Actiepunten', { size: 20, bold: true, after: 12 });
  const marks: Bookmark[] = [];
  for (const group of data.groups) {
    const own = rows.filter((r) => r.groupId === group.id);
    // A group's name stays with its first action point.
    const firstBlocks = own[0] ? actionPointBlocks(own[0]) : [];
    flow.keep(flow.height(group.name, { size: 14, after: 6 }) + firstBlocks.reduce((h, b) => h + flow.height(b.text, b.style), 0));
    marks.push({ title: group.name, page: flow.pageIndex });
    flow.text(group.name, { size: 14, bold: true, after: 6 });
    if (own.length === 0) flow.text('Geen actiepunten.', { size: 10, grey: 0.4, after: 10 });
    for (const r of own) {
      const blocks = actionPointBlocks(r);
      flow.keep(blocks.reduce((h, b) => h + flow.height(b.text, b.style), 0));
      for (const b of blocks) flow.text(b.text, b.style);
    }
    flow.gap(6);
  }
  return [{ title: 'Actiepunten', page: first, children: marks }];
}

/** "pagina X van Y" at the foot of every page, portrait and landscape alike. */
function pageNumbers(pdf: PDFDocument, fonts: PdfFonts): void {
  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    const label = `pagina ${i + 1} van ${pages.length}`;
    const { width } = page.getSize();
    page.drawText(label, { x: width - 36 - fonts.width(label, 9), y: 20, size: 9, font: fonts.regular, color: rgb(0.4, 0.4, 0.4) });
  });
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
  const boards = data.groups.map((group, i): Bookmark => ({ title: group.name, page: boardPages(pdf, fonts, group, i, data.groups.length) }));
  const actionPoints = actionPointPages(flow, data, rows);
  pageNumbers(pdf, fonts);
  setPageLabels(pdf);
  setOutline(pdf, [
    { title: data.workshop.title || 'Verslag', page: 0 },
    ...(boards.length > 0 ? [{ title: 'Borden', page: boards[0]!.page, children: boards }] : []),
    ...actionPoints,
  ]);
  return pdf.save();
}

