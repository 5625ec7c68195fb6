import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from './pdfFonts.ts';
import { wrapText } from './wrap.ts';

/** A4 in PDF points, portrait. */
export const A4 = { w: 595.28, h: 841.89 } as const;
export const MARGIN = 56;

export interface TextStyle {
  size: number;
  bold?: boolean;
  /** Grey level 0 (black) – 1 (white). */
  grey?: number;
  indent?: number;
  /** Space after the block, in points. */
  after?: number;
}

/**
 * Running text over as many A4 portrait pages as it needs: each block is wrapped to the page
 * width with the real font metrics and continues on a new page when the page is full.
 */
export class PdfFlow {
  page!: PDFPage;
  y = 0;
  pages = 0;

  constructor(private readonly pdf: PDFDocument, private readonly fonts: PdfFonts) {}

  /** The index of the current page in the document. */
  get pageIndex(): number {
    return this.pdf.getPageCount() - 1;
  }

  newPage(): this {
    this.page = this.pdf.addPage([A4.w, A4.h]);
    this.y = A4.h - MARGIN;
    this.pages++;
    return this;
  }

  /**
   * Starts a new page unless `height` points still fit on this one. A block taller than a whole
   * page starts on a fresh page only if it is not already at the top of one.
   */
  keep(height: number): void {
    if (this.y - height >= MARGIN) return;
    if (height > A4.h - 2 * MARGIN && this.y >= A4.h - MARGIN - 1) return;
    this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** The lines `text` takes on the page in `style`. */
  private lines(text: string, style: TextStyle): string[] {
    const { size, bold = false, indent = 0 } = style;
    const width = A4.w - 2 * MARGIN - indent;
    return wrapText(this.fonts.safe(text), width, (s: string) => this.fonts.width(s, size, bold));
  }

  /** The height `text` takes in `style`, space after included: for keeping a block together. */
  height(text: string, style: TextStyle): number {
    return this.lines(text, style).length * style.size * 1.35 + (style.after ?? 0);
  }

  /** Draws `text` wrapped to the page; `maxLines` cuts it off with an ellipsis. */
  text(text: string, style: TextStyle, maxLines = Infinity): void {
    const { size, bold = false, grey = 0, indent = 0, after = 0 } = style;
    const font = bold ? this.fonts.bold : this.fonts.regular;
    let lines = this.lines(text, style);
    if (lines.length > maxLines) {
      lines = lines.slice(0, maxLines);
      lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
    }
    const lineHeight = size * 1.35;
    for (const line of lines) {
      this.keep(lineHeight);
      this.y -= size;
      if (line) this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: rgb(grey, grey, grey) });
      this.y -= lineHeight - size;
    }
    this.y -= after;
  }
}
