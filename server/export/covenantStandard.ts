import { CHAPTER, type CovenantModel } from './covenant.ts';

/*
 * The standard articles a lawyer's draft has around the agreements themselves: purpose before
 * them; data sharing and privacy, duration and evaluation, amendment and termination, and
 * disputes after them. They are editable boilerplate in plain Dutch, not legal advice: dots
 * mark what partners fill in, square brackets a choice or an example. The introduction tells
 * the reader so.
 */

export interface StandardArticle {
  title: string;
  /** The article's paragraphs ("leden"), numbered 1, 2, … in the document. */
  members: string[];
}

const DOTS = '……………………';

/** Article 1, before the agreements. */
export function openingArticle(m: CovenantModel): StandardArticle {
  const subject = m.subject ? `Dit convenant gaat over: ${m.subject}. ` : '';
  return {
    title: 'Doel',
    members: [
      `${subject}Partijen werken samen om [het doel in één zin, bijvoorbeeld: discriminatie en woonoverlast in en om `
      + 'de woning te voorkomen, meldingen sneller op te pakken en melders beter te ondersteunen].',
      `Partijen voeren de afspraken in hoofdstuk ${CHAPTER.agreements} uit, ieder vanuit de eigen taak en `
      + 'verantwoordelijkheid. De trekker van een afspraak neemt het initiatief, maakt een plan met de andere '
      + 'betrokken partijen en houdt hen op de hoogte van de voortgang.',
      'Dit convenant laat de wettelijke taken en bevoegdheden van partijen onverlet.',
      '[Partijen beogen met dit convenant geen in rechte afdwingbare verplichtingen aan te gaan.]',
    ],
  };
}

/** The closing articles, after the agreements, in order. */
export function closingArticles(): StandardArticle[] {
  return [
    {
      title: 'Gegevensuitwisseling en privacy',
      members: [
        'Partijen wisselen alleen persoonsgegevens uit voor zover dat nodig is voor de uitvoering van dit convenant '
        + 'en er een grondslag voor is als bedoeld in artikel 6 van de Algemene verordening gegevensbescherming (AVG). '
        + 'Bijzondere persoonsgegevens en strafrechtelijke gegevens worden alleen gedeeld als de AVG en de '
        + 'Uitvoeringswet AVG dat toestaan.',
        'Partijen leggen vast welke gegevens zij met elkaar delen, met welk doel, op welke grondslag, hoe lang zij die '
        + 'bewaren en hoe zij die beveiligen, in een privacyprotocol dat als bijlage bij dit convenant wordt gevoegd.',
        'Iedere partij is zelf verwerkingsverantwoordelijke voor de persoonsgegevens die zij verwerkt en treft '
        + 'passende technische en organisatorische maatregelen om die te beveiligen.',
        'De naam van een melder wordt niet zonder diens toestemming aan andere partijen doorgegeven, tenzij een '
        + 'wettelijke plicht daartoe bestaat.',
        'Een partij die een inbreuk in verband met persoonsgegevens ontdekt die ook gegevens van een andere partij '
        + 'raakt, meldt dat onverwijld aan die partij.',
      ],
    },
    {
      title: 'Duur en evaluatie',
      members: [
        'Dit convenant treedt in werking op de dag na ondertekening door alle partijen en geldt voor [twee] jaar.',
        'Partijen evalueren de uitvoering van dit convenant [jaarlijks] en in elk geval uiterlijk [drie] maanden voor '
        + `het einde van de looptijd. ${DOTS} organiseert de evaluatie.`,
        'Na de evaluatie besluiten partijen schriftelijk of zij het convenant, al dan niet gewijzigd, verlengen.',
      ],
    },
    {
      title: 'Wijziging, toetreding en opzegging',
      members: [
        'Iedere partij kan de andere partijen schriftelijk vragen dit convenant te wijzigen. Partijen overleggen '
        + 'binnen [zes] weken na het verzoek.',
        'Een wijziging wordt schriftelijk vastgelegd, door alle partijen ondertekend en als bijlage aan dit convenant gehecht.',
        'Een andere organisatie kan tot dit convenant toetreden als alle partijen daarmee schriftelijk instemmen.',
        'Iedere partij kan dit convenant met een opzegtermijn van [drie] maanden schriftelijk opzeggen. Het convenant '
        + 'blijft tussen de andere partijen van kracht.',
      ],
    },
    {
      title: 'Geschillen',
      members: [
        'Partijen lossen een geschil over de uitleg of de uitvoering van dit convenant eerst in onderling overleg op.',
        'Lukt dat niet binnen [acht] weken, dan kunnen partijen samen een onafhankelijke bemiddelaar vragen te helpen.',
        'Op dit convenant is Nederlands recht van toepassing.',
      ],
    },
  ];
}

/** How many closing articles follow the agreements (for the introduction's references). */
export const CLOSING_ARTICLE_COUNT = closingArticles().length;
