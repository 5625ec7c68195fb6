import { HeightRule, Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { CovenantModel } from './covenant.ts';
import { heading, para, runs } from './covenantBlocks.ts';
import { BODY_PT, TEXT_WIDTH } from './covenantStyles.ts';
import { CELL_PAD as PAD, tableCell } from './covenantTable.ts';
import { longestWordTwips, textWidthTwips } from './textWidth.ts';

/*
 * "Ondertekening": the signing sentence with the place of signing (the town the organiser
 * gave, dots when none; never the venue) and a table with a row per party to sign and two
 * blank rows. Its columns are sized to their words: with five equal columns Word broke
 * "Woningcorporatie", "Antidiscriminatievoorziening" and even "Handtekening" mid-word. The
 * layout is fixed, so Word and LibreOffice use these widths instead of their own guesses.
 */

export const SIGNATURE_COLUMNS = ['Partij', 'Naam', 'Functie', 'Datum', 'Handtekening'] as const;
const DOTS = '……………………';
const BLANK_ROWS = 2;
/** The widest the party column grows to fit a whole name on one line. */
const PARTY_SHARE = 0.36;
/** Shares of what is left for Naam, Functie and Handtekening (a signature wants room). */
const REST_WEIGHTS = [1, 1, 1.3];

/**
 * Column widths in twips that add up to `total`: the party column fits the longest word of any
 * party name (and the whole name when that takes at most PARTY_SHARE), the date column a
 * date, and the others share the rest, none narrower than its header.
 */
export function signatureColumnWidths(parties: readonly string[], total = TEXT_WIDTH): number[] {
  const need = SIGNATURE_COLUMNS.map((h) => longestWordTwips(h, BODY_PT, true) + PAD);
  need[0] = Math.max(need[0]!, ...parties.map((p) => longestWordTwips(p, BODY_PT) + PAD));
  const whole = Math.max(0, ...parties.map((p) => textWidthTwips(p, BODY_PT) + PAD));
  const date = Math.max(need[3]!, textWidthTwips('31-12-2026', BODY_PT) + PAD);
  const restNeed = need[1]! + need[2]! + need[4]!;
  // The party column takes what it wants, but never so much that the others drop below their headers.
  const party = Math.max(need[0]!, Math.min(whole, Math.floor(total * PARTY_SHARE), total - date - restNeed));
  const rest = total - party - date;
  const weight = REST_WEIGHTS.reduce((a, b) => a + b, 0);
  const [naam, functie] = [need[1]!, need[2]!].map((n, i) => Math.max(n, Math.floor((rest * REST_WEIGHTS[i]!) / weight)));
  return [party, naam!, functie!, date, total - party - naam! - functie! - date];
}

const cell = (text: string, width: number, bold = false) => tableCell(runs(text, { bold }), width);

function table(parties: readonly string[]): Table {
  const widths = signatureColumnWidths(parties);
  const names = [...parties, ...Array.from({ length: BLANK_ROWS }, () => '')];
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, keepNext: true, children: SIGNATURE_COLUMNS.map((c, i) => cell(c, widths[i]!, true)) }),
    ...names.map((party, r) => new TableRow({
      // A row is a signature: never split; the whole table stays on one page with its heading.
      cantSplit: true, keepNext: r < names.length - 1,
      height: { value: 900, rule: HeightRule.ATLEAST },
      children: widths.map((w, i) => cell(i === 0 ? party : '', w)),
    })),
  ];
  return new Table({
    rows, layout: TableLayoutType.FIXED, columnWidths: widths, width: { size: TEXT_WIDTH, type: WidthType.DXA },
  });
}

/** The signing chapter: heading, signing sentence, table. */
export function signatures(m: CovenantModel): (Paragraph | Table)[] {
  return [
    heading('Ondertekening', 'plain1', true),
    para(`Aldus overeengekomen en ondertekend te ${m.signingPlace || DOTS} op ${DOTS}.`, {}, { keepNext: true, after: 240 }),
    table(m.parties),
  ];
}
