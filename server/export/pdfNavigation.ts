import { PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

/*
 * What a reader uses to find their way in the report: bookmarks (the document outline, PDF
 * 32000-1 §12.3.3) and page labels (§12.4.2), written with pdf-lib's low-level objects, which
 * is all pdf-lib offers for them.
 */

export interface Bookmark {
  title: string;
  /** Index of the page it opens. */
  page: number;
  children?: Bookmark[];
}

/** Writes `bookmarks` as the document outline and opens the bookmarks panel on opening. */
export function setOutline(pdf: PDFDocument, bookmarks: readonly Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const pages = pdf.getPages();
  const root = pdf.context.obj({ Type: 'Outlines' });
  const rootRef = pdf.context.register(root);
  const count = writeLevel(pdf, bookmarks, rootRef, root, pages.map((p) => p.ref));
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Writes one level under `parent`; returns the number of open items below it. */
function writeLevel(pdf: PDFDocument, items: readonly Bookmark[], parentRef: PDFRef, parent: PDFDict, pageRefs: PDFRef[]): number {
  const refs = items.map(() => pdf.context.nextRef());
  let open = 0;
  items.forEach((item, i) => {
    const page = pageRefs[Math.min(item.page, pageRefs.length - 1)]!;
    const dict = pdf.context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
    dict.set(PDFName.of('Parent'), parentRef);
    dict.set(PDFName.of('Dest'), pdf.context.obj([page, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    open += 1;
    if (item.children?.length) open += writeLevel(pdf, item.children, refs[i]!, dict, pageRefs);
    pdf.context.assign(refs[i]!, dict);
  });
  parent.set(PDFName.of('First'), refs[0]!);
  parent.set(PDFName.of('Last'), refs[refs.length - 1]!);
  if (parent.get(PDFName.of('Type')) === undefined) parent.set(PDFName.of('Count'), PDFNumber.of(open));
  return open;
}

/** Page labels "1", "2", … as printed in the footers, so a viewer's page box shows the same. */
export function setPageLabels(pdf: PDFDocument): void {
  const labels = pdf.context.obj({ Nums: [0, pdf.context.obj({ S: 'D' })] });
  pdf.catalog.set(PDFName.of('PageLabels'), pdf.context.register(labels));
}
