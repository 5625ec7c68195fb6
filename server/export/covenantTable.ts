import {
  BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ParagraphChild,
} from 'docx';
import { runs } from './covenantBlocks.ts';
import { BODY_PT, TEXT_WIDTH } from './covenantStyles.ts';
import { longestWordTwips } from './textWidth.ts';

/*
 * A plain full-width table whose columns are at least as wide as their longest word (so that
 * no word is broken mid-word), sharing what is left by weight. Fixed layout: Word and
 * LibreOffice take these widths as they are.
 */

export const CELL_MARGIN = 100;
/** Both cell margins and a little air. */
export const CELL_PAD = 2 * CELL_MARGIN + 60;

/** Widths in twips adding up to `total`. `columns[i]` holds every text of column i, its header first (bold). */
export function fittedWidths(columns: readonly (readonly string[])[], weights: readonly number[], total = TEXT_WIDTH): number[] {
  const need = columns.map(([header = '', ...cells]) => Math.max(
    longestWordTwips(header, BODY_PT, true), ...cells.map((c) => longestWordTwips(c, BODY_PT)),
  ) + CELL_PAD);
  const spare = Math.max(0, total - need.reduce((a, b) => a + b, 0));
  const weight = weights.reduce((a, b) => a + b, 0);
  const widths = need.map((n, i) => n + Math.floor((spare * (weights[i] ?? 0)) / weight));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
export const cellBorders = { top: line, bottom: line, left: line, right: line };

/** A cell of `width` twips holding `children` (text runs or fields). */
export function tableCell(children: ParagraphChild[], width: number): TableCell {
  return new TableCell({
    borders: cellBorders, width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
    children: [new Paragraph({ children, spacing: { after: 0 } })],
  });
}

/** A table with a repeated bold header row; rows are never split over two pages. */
export function fittedTable(header: readonly string[], body: readonly ParagraphChild[][][], widths: readonly number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED, columnWidths: [...widths], width: { size: TEXT_WIDTH, type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => tableCell(runs(h, { bold: true }), widths[i]!)) }),
      ...body.map((cells) => new TableRow({ cantSplit: true, children: cells.map((c, i) => tableCell(c, widths[i]!)) })),
    ],
  });
}
