import { Bookmark, Paragraph } from 'docx';
import { lastAgreementArticle, type Article, type ArticleGroup, type CovenantModel } from './covenant.ts';
import { heading, labelled, listItem, paragraphs, para, runs } from './covenantBlocks.ts';
import { closingArticles, openingArticle, type StandardArticle } from './covenantStandard.ts';
import { LIST, STYLE } from './covenantStyles.ts';

/*
 * The covenant's three chapters of articles: Algemeen (article 1, the purpose), Afspraken (the
 * adopted action points as agreements) and Slotbepalingen (privacy, duration, amendment,
 * disputes). An agreement holds what was agreed, who takes part, who leads and by when; where
 * it came from and how many votes it got are in the appendix. Every paragraph of an article
 * but its last keeps with the next, so that heading, text and details share a page.
 */

/** Bookmark on an article's heading, for the appendix's cross-references. */
export const articleBookmark = (number: number) => `Artikel_${number}`;

function agreement(a: Article, group: ArticleGroup): Paragraph[] {
  const { row } = a;
  return [
    new Paragraph({
      style: STYLE.article,
      children: [new Bookmark({ id: articleBookmark(a.number), children: runs(row.title || '(zonder titel)') })],
    }),
    ...paragraphs(a.text || '(geen toelichting)', {}, { keepNext: true }),
    labelled('Betrokken partijen', row.parties.join(', ')),
    // Under "Trekker: Gemeente" the article would only repeat its heading.
    ...(group.kind === 'lead' ? [] : [labelled('Trekker', row.lead)]),
    labelled('Termijn', row.timeframe, false),
  ];
}

function groupHeading(group: ArticleGroup): Paragraph {
  return heading(
    group.kind === 'theme' ? `Thema: ${group.title || '(zonder titel)'}` : `Trekker: ${group.title || 'nog niet bepaald'}`,
    'plain2',
  );
}

function standard(article: StandardArticle, number: number): Paragraph[] {
  return [
    heading(article.title, 'article'),
    ...article.members.map((text, i) => listItem(runs(text), LIST.member, number, i < article.members.length - 1)),
  ];
}

/** Chapters 1 to 3 with every article, numbered by Word in this order. */
export function articleChapters(m: CovenantModel): Paragraph[] {
  const out: Paragraph[] = [heading('Algemeen', 'chapter'), ...standard(openingArticle(m), 1)];
  out.push(heading('Afspraken', 'chapter'));
  if (m.chapters.length === 0) {
    out.push(para('[Hier komen de afspraken van partijen. In het plenaire deel is (nog) geen actiepunt aangenomen.]', { italics: true }));
  }
  for (const group of m.chapters) {
    out.push(groupHeading(group));
    for (const a of group.articles) out.push(...agreement(a, group));
  }
  out.push(heading('Slotbepalingen', 'chapter'));
  let number = lastAgreementArticle(m);
  for (const article of closingArticles()) out.push(...standard(article, ++number));
  return out;
}
