import type { ExportFormat } from '../../shared/schemas/organiser.ts';
import { actionPointsCsv } from './csv.ts';
import type { ExportData } from './exportData.ts';
import { actionPointsJson } from './exportJson.ts';
import { actionPointsMarkdown } from './markdown.ts';

/** How each format of `GET …/export?format=` is written and sent. */
export type ExportWriter = {
  contentType: string;
  /** The file name's ending, after the workshop title. */
  suffix: string;
} & (
  /**
   * Small text written on the main thread: action points and case cards only, bounded by the
   * limits to some 200 kB for 24 groups, which takes less time than starting a worker.
   */
  | { inline: (data: ExportData) => string }
  /**
   * Rendered in an export worker (exportPool.ts): a document library and, for the PDF, every
   * board drawn whole. `boards`: whether it needs the boards read (loadExportData).
   */
  | { worker: 'pdf' | 'docx'; boards: boolean }
);

export const exportWriters: Record<ExportFormat, ExportWriter> = {
  csv: { contentType: 'text/csv; charset=utf-8', suffix: ' - actiepunten.csv', inline: actionPointsCsv },
  md: { contentType: 'text/markdown; charset=utf-8', suffix: ' - actiepunten.md', inline: actionPointsMarkdown },
  json: { contentType: 'application/json; charset=utf-8', suffix: ' - actiepunten.json', inline: actionPointsJson },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    suffix: ' - opzet convenant.docx',
    worker: 'docx',
    boards: false,
  },
  pdf: { contentType: 'application/pdf', suffix: ' - verslag.pdf', worker: 'pdf', boards: true },
};

export const SVG_CONTENT_TYPE = 'image/svg+xml; charset=utf-8';
