import {
  CHAPTER, FIRST_AGREEMENT_ARTICLE, appendixNumber, lastAgreementArticle, type CovenantModel,
} from './covenant.ts';
import { CLOSING_ARTICLE_COUNT } from './covenantStandard.ts';
import { articleRange, count, form, joinNl, numberWord } from './covenantWords.ts';
import { dutchDate } from './labels.ts';

/*
 * The note to the reader before the covenant ("Toelichting bij dit concept"): how the draft
 * came about, where the agreements are, which parts are boilerplate. Every sentence is built
 * from the counts, so it stays true for an empty workshop, one group or one adopted point
 * (the old text said "De 0 aangenomen actiepunten staan in hoofdstuk 3" while chapter 3 said
 * none were adopted).
 */

/** The paragraphs of the note, in order. */
export function introductionParagraphs(m: CovenantModel): string[] {
  const when = m.workshop.date ? ` van ${dutchDate(m.workshop.date)}` : '';
  const made = dutchDate(new Date(m.generatedAt).toISOString().slice(0, 10));
  return [
    `Dit is een concept voor een convenant, opgesteld op ${made} op basis van de uitkomsten van de werkconferentie `
    + `„${m.workshop.title.trim()}”${when}. Het is nog niet vastgesteld of ondertekend. Deze toelichting hoort niet bij `
    + 'het convenant zelf: verwijder haar voordat partijen tekenen.',
    [groupsSentence(m), plenarySentence(m)].filter(Boolean).join(' '),
    [placementSentence(m), appendixSentence(m)].filter(Boolean).join(' '),
    boilerplateSentence(m),
  ];
}

/** Who wrote how many action points. */
export function groupsSentence({ counts: c }: CovenantModel): string {
  if (c.groups === 0) return 'Aan de werkconferentie namen geen groepen deel, dus er zijn geen actiepunten geformuleerd.';
  if (c.points === 0) {
    return c.groups === 1
      ? 'De groep formuleerde (nog) geen actiepunten.'
      : `De ${numberWord(c.groups)} groepen formuleerden (nog) geen actiepunten.`;
  }
  const points = count(c.points, 'actiepunt', 'actiepunten');
  if (c.groups === 1) return `De groep formuleerde ${points}.`;
  if (c.groupsWithPoints === c.groups) {
    return c.points === 2 * c.groups
      ? `De ${numberWord(c.groups)} groepen formuleerden elk twee actiepunten.`
      : `De ${numberWord(c.groups)} groepen formuleerden samen ${points}.`;
  }
  const silent = c.groups - c.groupsWithPoints;
  const writers = c.groupsWithPoints === 1
    ? `Eén van de ${numberWord(c.groups)} groepen formuleerde ${points}`
    : `${capitalise(numberWord(c.groupsWithPoints))} van de ${numberWord(c.groups)} groepen formuleerden samen ${points}`;
  return `${writers}; ${count(silent, 'groep formuleerde', 'groepen formuleerden')} er geen.`;
}

/** What the plenary did: votes and decisions. '' when there was nothing to vote on. */
export function plenarySentence({ counts: c }: CovenantModel): string {
  if (c.points === 0) return '';
  const votes = c.votes > 0 ? `In het plenaire deel brachten de deelnemers ${count(c.votes, 'stem', 'stemmen')} uit. ` : '';
  if (c.adopted + c.parked === 0) {
    return `${votes}Over ${form(c.points, 'het actiepunt', 'de actiepunten')} is (nog) geen besluit genomen.`;
  }
  const amended = c.amended === 0 ? '' : c.adopted === 1 ? ' met een wijziging' : ` (waarvan ${numberWord(c.amended)} met wijziging)`;
  const parts = [
    c.adopted === 0 ? 'nam geen actiepunt aan' : `nam ${count(c.adopted, 'actiepunt', 'actiepunten')} aan${amended}`,
    ...(c.parked > 0 ? [`parkeerde er ${numberWord(c.parked)}`] : []),
    ...(c.undecided > 0 ? [`nam over ${numberWord(c.undecided)} (nog) geen besluit`] : []),
  ];
  return `${votes}Het plenaire deel ${joinNl(parts)}.`;
}

/** Where the adopted points are in the covenant. */
export function placementSentence(m: CovenantModel): string {
  const a = m.counts.adopted;
  if (a === 0) {
    return `Er is (nog) geen actiepunt aangenomen. Hoofdstuk ${CHAPTER.agreements} bevat daarom nog geen afspraken; `
      + 'vul het aan voordat partijen tekenen.';
  }
  const where = articleRange(FIRST_AGREEMENT_ARTICLE, lastAgreementArticle(m));
  if (a === 1) return `Het aangenomen actiepunt staat in hoofdstuk ${CHAPTER.agreements} als ${where}.`;
  const grouping = m.chapters.length > 1 ? ', gegroepeerd per thema of per trekker' : '';
  return `De ${numberWord(a)} aangenomen actiepunten staan in hoofdstuk ${CHAPTER.agreements} als ${where}, `
    + `geordend naar het aantal stemmen${grouping}.`;
}

/** What the appendices hold ('' when there are none). */
export function appendixSentence(m: CovenantModel): string {
  const out: string[] = [];
  const origin = appendixNumber(m, 'origin');
  if (origin !== undefined) {
    const amended = m.counts.amended > 0 ? ', en bij een gewijzigd actiepunt de oorspronkelijke tekst van de groep' : '';
    out.push(`Bijlage ${origin} vermeldt bij ${form(m.counts.adopted, 'het artikel', 'elk artikel')} uit welke groep het komt `
      + `en hoeveel stemmen het kreeg${amended}.`);
  }
  const parked = appendixNumber(m, 'parked');
  if (parked !== undefined) {
    out.push(`${m.counts.parked === 1 ? 'Het geparkeerde actiepunt staat' : 'De geparkeerde actiepunten staan'} in bijlage ${parked}.`);
  }
  const undecided = appendixNumber(m, 'undecided');
  if (undecided !== undefined) {
    out.push(`${m.counts.undecided === 1 ? 'Het actiepunt zonder besluit staat' : 'De actiepunten zonder besluit staan'} in bijlage ${undecided}.`);
  }
  return out.join(' ');
}

/** Which articles are boilerplate, and how placeholders look. */
export function boilerplateSentence(m: CovenantModel): string {
  const firstClosing = lastAgreementArticle(m) + 1;
  const closing = articleRange(firstClosing, firstClosing + CLOSING_ARTICLE_COUNT - 1);
  return `Artikel 1 en ${closing} zijn standaardbepalingen die op de werkconferentie niet zijn besproken: `
    + 'laat ze nakijken en pas ze aan. Puntjes (……) vult u in; tekst tussen vierkante haken is een keuze of een voorbeeld.';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
