import type { ExportFormat } from '../../shared/schemas/organiser.ts';
import { actionPointsCsv } from './csv.ts';
import type { ExportData } from './exportData.ts';
import { actionPointsJson } from './exportJson.ts';
import { actionPointsMarkdown } from './markdown.ts';

/** How each format of `GET …/export?format=` is written and sent. */
export interface ExportWriter {
  contentType: string;
  /** The file name's ending, after the workshop title. */
  suffix: string;
  write(data: ExportData): string | Buffer | Uint8Array | Promise<Buffer | Uint8Array>;
}

export const exportWriters: Record<ExportFormat, ExportWriter> = {
  csv: { contentType: 'text/csv; charset=utf-8', suffix: ' - actiepunten.csv', write: actionPointsCsv },
  md: { contentType: 'text/markdown; charset=utf-8', suffix: ' - actiepunten.md', write: actionPointsMarkdown },
  json: { contentType: 'application/json; charset=utf-8', suffix: ' - actiepunten.json', write: actionPointsJson },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    suffix: ' - opzet convenant.docx',
    // docx and pdf-lib (with its font) are large: loaded on the first export, not at start,
    // so that a laptop running a workshop does not carry them in memory all afternoon.
    write: async (data) => (await import('./covenantDocx.ts')).covenantDocx(data),
  },
  pdf: {
    contentType: 'application/pdf',
    suffix: ' - verslag.pdf',
    write: async (data) => (await import('./reportPdf.ts')).reportPdf(data),
  },
};

export const SVG_CONTENT_TYPE = 'image/svg+xml; charset=utf-8';
