import { NumberedItemReference, NumberedItemReferenceFormat, Paragraph, type Table, TextRun } from 'docx';
import { CHAPTER, type Article, type CovenantModel } from './covenant.ts';
import { articleBookmark } from './covenantArticles.ts';
import { heading, labelled, paragraphs, para, runs } from './covenantBlocks.ts';
import { LANGUAGE } from './covenantStyles.ts';
import { fittedTable, fittedWidths } from './covenantTable.ts';
import { form } from './covenantWords.ts';
import { DECISION_LABEL } from './labels.ts';
import type { ActionPointRow } from './rows.ts';

/*
 * The appendices: where each article came from (group, votes, decision, and the group's own
 * text of an amended point), so that the articles themselves read as agreements; then the
 * parked action points and those without a decision, so that nothing the groups wrote is
 * lost. Only appendices with content exist; Word numbers them ("Bijlage 1.").
 */

const votesText = (n: number) => `${n} ${form(n, 'stem', 'stemmen')}`;
const source = (row: ActionPointRow) => `${row.groupName}, actiepunt ${row.number}`;

/**
 * "Artikel 5" as a cross-reference to the article's heading (Word's REF field with `\n`):
 * after an article is inserted, updating the fields makes it "Artikel 6" with the heading.
 */
function articleRef(a: Article): NumberedItemReference {
  return new NumberedItemReference(articleBookmark(a.number), `Artikel ${a.number}`, {
    hyperlink: true, referenceFormat: NumberedItemReferenceFormat.NO_CONTEXT,
  });
}

function origin(m: CovenantModel): (Paragraph | Table)[] {
  const articles = m.chapters.flatMap((c) => c.articles);
  const header = ['Artikel', 'Actiepunt van', 'Stemmen', 'Besluit'];
  const cells = articles.map((a) => [
    `Artikel ${a.number} ${a.row.title}`, source(a.row), String(a.row.votes), DECISION_LABEL[a.row.decision ?? 'adopted'],
  ]);
  const widths = fittedWidths(header.map((h, i) => [h, ...cells.map((c) => c[i]!)]), [6, 2, 0, 1]);
  const body = articles.map((a, i) => [
    [articleRef(a), new TextRun({ text: ' ', language: { value: LANGUAGE } }), ...runs(a.row.title || '(zonder titel)')],
    ...cells[i]!.slice(1).map((text) => runs(text)),
  ]);
  const out: (Paragraph | Table)[] = [
    heading('Herkomst van de artikelen', 'appendix', true),
    para(`De artikelen in hoofdstuk ${CHAPTER.agreements} zijn de actiepunten die het plenaire deel van de werkconferentie `
      + `„${m.workshop.title.trim()}” aannam. Per artikel: de groep die het actiepunt schreef, het aantal stemmen en het besluit.`,
    {}, { keepNext: true }),
    fittedTable(header, body, widths),
  ];
  const amended = articles.filter((a) => a.row.decision === 'amended' && a.row.amendedText && a.row.body);
  if (amended.length > 0) {
    out.push(heading('Oorspronkelijke tekst van gewijzigde actiepunten', 'plain2'));
    out.push(para('Het plenaire deel wijzigde deze actiepunten; het artikel heeft de nieuwe tekst. Dit schreef de groep:', {}, { keepNext: true }));
    for (const a of amended) {
      out.push(new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 160, after: 60 }, children: [
        articleRef(a), ...runs(` ${a.row.title || '(zonder titel)'} (${source(a.row)})`),
      ] }));
      out.push(...paragraphs(a.row.body, { italics: true }, { keepNext: 'inside' }));
    }
  }
  return out;
}

function item(row: ActionPointRow): Paragraph[] {
  return [
    heading(row.title || '(zonder titel)', 'plain3'),
    ...paragraphs(row.body || '(geen toelichting)', {}, { keepNext: true }),
    labelled('Betrokken partijen', row.parties.join(', ')),
    labelled('Trekker', row.lead),
    labelled('Termijn', row.timeframe),
    labelled('Herkomst', `${source(row)}; ${votesText(row.votes)}; ${row.decision ? DECISION_LABEL[row.decision] : 'geen besluit'}`, false),
  ];
}

/** Every appendix the model has, in order. */
export function appendices(m: CovenantModel): (Paragraph | Table)[] {
  return m.appendices.flatMap((kind): (Paragraph | Table)[] => {
    switch (kind) {
      case 'origin': return origin(m);
      case 'parked': return [
        heading('Geparkeerde actiepunten', 'appendix', true),
        para('Het plenaire deel heeft deze actiepunten geparkeerd: niet aangenomen, maar ook niet verworpen.', { italics: true }),
        ...m.parked.flatMap(item),
      ];
      case 'undecided': return [
        heading('Actiepunten zonder besluit', 'appendix', true),
        para('Over deze actiepunten heeft het plenaire deel (nog) geen besluit genomen.', { italics: true }),
        ...m.undecided.flatMap(item),
      ];
    }
  });
}
