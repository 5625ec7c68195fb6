import type { Party } from '../../shared/board/actionPointRules.ts';
import type { DecisionStatus } from '../../shared/schemas/session.ts';
import type { PlenaryActionPoint } from '../../shared/schemas/plenary.ts';

/*
 * The Dutch words of the exports. The exports are documents for Dutch partners (a draft
 * covenant), so they are written in Dutch whatever the organiser's UI language.
 */

export const PARTY_LABEL: Record<Party, string> = {
  gemeente: 'Gemeente',
  woningcorporatie: 'Woningcorporatie',
  politie: 'Politie',
  antidiscriminatievoorziening: 'Antidiscriminatievoorziening',
};

export const DECISION_LABEL: Record<DecisionStatus, string> = {
  adopted: 'aangenomen',
  amended: 'aangenomen met wijziging',
  parked: 'geparkeerd',
};

/** A party id as its label; free text (the "other" party) as it is. */
export function partyLabel(party: string): string {
  return (PARTY_LABEL as Record<string, string>)[party] ?? party.trim();
}

/** Every party of an action point as labels: the ticked ones, then the other party. */
export function partiesOf(ap: Pick<PlenaryActionPoint, 'parties' | 'otherParty'>): string[] {
  const other = ap.otherParty.trim();
  return [...ap.parties.map(partyLabel), ...(other ? [other] : [])];
}

/** Where the action point stands on its board: submitted, complete or still a draft. */
export function statusLabel(ap: Pick<PlenaryActionPoint, 'state' | 'submitted'>): string {
  if (ap.submitted) return 'ingediend';
  return ap.state === 'complete' ? 'compleet' : ap.state === 'draft' ? 'concept' : 'leeg';
}

/**
 * Made on first use, not at import: the first DateTimeFormat pulls ICU's calendar and locale
 * data into memory (about 7 MiB of RSS here), which a server that never exports should not carry.
 */
let date: Intl.DateTimeFormat | undefined;

/** `2026-03-12` → `12 maart 2026`; '' stays ''. */
export function dutchDate(iso: string): string {
  if (!iso) return '';
  const day = new Date(`${iso}T00:00:00Z`);
  date ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return Number.isNaN(day.getTime()) ? iso : date.format(day);
}
