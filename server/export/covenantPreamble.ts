import type { CovenantModel } from './covenant.ts';
import { count, form } from './covenantWords.ts';
import { dutchDate } from './labels.ts';

/*
 * The preamble ("Overwegende dat: a. …; b. …,"), from what the workshop wrote down: its
 * description and the groups' case texts, quoted as written below the clause that introduces
 * them (rewriting free text into legal clauses is the lawyer's job; quoting keeps it honest).
 * Each clause ends with ";", the last with ",", as "komen het volgende overeen:" follows.
 */

/** A text quoted under a clause, with an optional label (the groups that had the case). */
export interface Quote {
  label: string;
  text: string;
}

export interface Recital {
  text: string;
  quotes: Quote[];
}

/** The clauses of the preamble, in order. */
export function recitals(m: CovenantModel): Recital[] {
  const title = `„${m.workshop.title.trim()}”`;
  const date = m.workshop.date ? ` op ${dutchDate(m.workshop.date)}` : '';
  const description = m.workshop.description.trim().split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const out: Recital[] = [{
    text: description.length > 0
      ? `partijen${date} deelnamen aan de werkconferentie ${title}, die als volgt werd ingeleid:`
      : `partijen${date} deelnamen aan de werkconferentie ${title}`,
    quotes: description.map((text) => ({ label: '', text })),
  }];
  if (m.cases.length > 0) {
    const groups = m.cases.reduce((n, c) => n + c.groups.length, 0);
    out.push({
      text: `de deelnemers daar in ${count(groups, 'groep', 'groepen')} `
        + `${form(m.cases.length, 'de volgende situatie', 'de volgende situaties')} uit de praktijk bespraken:`,
      quotes: m.cases.map((c) => ({ label: c.groups.join(', '), text: c.text })),
    });
  }
  out.push({
    text: m.counts.adopted > 0
      ? 'partijen de afspraken die zij op de werkconferentie hebben aangenomen in dit convenant willen vastleggen'
      : 'partijen hun samenwerking in dit convenant willen vastleggen',
    quotes: [],
  });
  out.push({ text: 'partijen ieder vanuit hun eigen taak en verantwoordelijkheid aan deze afspraken bijdragen', quotes: [] });
  return out.map((r, i) => (r.quotes.length > 0 ? r : { ...r, text: `${r.text}${i === out.length - 1 ? ',' : ';'}` }));
}
