import type { PDFContentStream, PDFDocument, PDFPage, PDFRef } from 'pdf-lib';

/** The two private fields of a pdf-lib 1.17 page that hold its open content stream. */
interface OpenContent {
  contentStream?: PDFContentStream;
  contentStreamRef?: PDFRef;
}

/**
 * Compresses what was drawn on `page` so far into finished bytes and lets go of its operators.
 * pdf-lib keeps every drawing operator of every page as objects until `save()`: a full board
 * is about 60 MB of them, so a report of 24 full boards needed well over a gigabyte. Sealed,
 * a page is its deflated bytes (a few hundred kB). Drawing on the page afterwards starts a
 * new content stream, as pdf-lib does on its own. pdf-lib is pinned (1.17.1, no release
 * since 2021), so the private fields read here do not move.
 */
export function sealPage(pdf: PDFDocument, page: PDFPage): void {
  const open = page as unknown as OpenContent;
  if (!open.contentStream || !open.contentStreamRef) return;
  pdf.context.assign(open.contentStreamRef, pdf.context.flateStream(open.contentStream.getUnencodedContents()));
  open.contentStream = undefined;
  open.contentStreamRef = undefined;
}
