import {
  AlignmentType, LevelFormat, LevelSuffix, LineRuleType, type INumberingOptions, type IStylesOptions,
} from 'docx';

/*
 * The covenant's page, styles and Word numbering. Chapters, articles, appendices, the members
 * of an article, the parties and the recitals are numbered by Word lists tied to paragraph
 * styles, not typed: a lawyer who inserts an article (or gives a paragraph the style
 * "Artikel") gets it numbered and every later one renumbered. The document language is Dutch
 * (nl-NL) in the defaults and on every run, so Word and LibreOffice spell-check in Dutch.
 */

export const LANGUAGE = 'nl-NL';
export const FONT = 'Calibri';
/** Body text size in points. */
export const BODY_PT = 11;

/** A4 with 2.5 cm margins, in twips. */
export const PAGE = { width: 11906, height: 16838, margin: 1418, footer: 709 } as const;
/** Width between the margins: what a full-width table may take. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** References of the numbering definitions. */
export const LIST = {
  chapter: 'hoofdstukken',
  article: 'artikelen',
  appendix: 'bijlagen',
  member: 'leden',
  recital: 'overwegingen',
  party: 'partijen',
} as const;

/** Ids of the paragraph styles that carry a numbering. */
export const STYLE = { chapter: 'Hoofdstuk', article: 'Artikel', appendix: 'Bijlage', quote: 'Citaat' } as const;

/** Hanging indent of numbered paragraphs (0.75 cm). */
const HANG = 425;

const headingLevel = (reference: string, text: string, style: string) => ({
  reference,
  levels: [{
    level: 0, format: LevelFormat.DECIMAL, text, alignment: AlignmentType.START, suffix: LevelSuffix.SPACE,
    style: { style },
  }],
});

const listLevel = (reference: string, format: (typeof LevelFormat)[keyof typeof LevelFormat]) => ({
  reference,
  levels: [{
    level: 0, format, text: '%1.', alignment: AlignmentType.START, suffix: LevelSuffix.TAB,
    style: { paragraph: { indent: { left: HANG, hanging: HANG } } },
  }],
});

export const numbering: INumberingOptions = {
  config: [
    headingLevel(LIST.chapter, 'Hoofdstuk %1.', STYLE.chapter),
    headingLevel(LIST.article, 'Artikel %1.', STYLE.article),
    headingLevel(LIST.appendix, 'Bijlage %1.', STYLE.appendix),
    listLevel(LIST.member, LevelFormat.DECIMAL),
    listLevel(LIST.recital, LevelFormat.LOWER_LETTER),
    listLevel(LIST.party, LevelFormat.DECIMAL),
  ],
};

const lang = { language: { value: LANGUAGE } };
/** Headings stay with what follows and are never split over two pages. */
const keep = { keepNext: true, keepLines: true };

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: BODY_PT * 2, ...lang },
      // lineRule spelled out: LibreOffice reads a bare w:line as an exact height, and large titles overlap.
      paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: { run: { font: FONT, size: 40, bold: true, color: '1F3864', ...lang }, paragraph: { spacing: { after: 240 }, keepNext: true } },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: '1F3864', ...lang },
      paragraph: { spacing: { before: 480, after: 200 }, outlineLevel: 0, ...keep },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true, color: '2F5496', ...lang },
      paragraph: { spacing: { before: 360, after: 120 }, outlineLevel: 1, ...keep },
    },
    heading3: {
      run: { font: FONT, size: 23, bold: true, color: '000000', ...lang },
      paragraph: { spacing: { before: 280, after: 100 }, outlineLevel: 2, ...keep },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.chapter, name: 'Hoofdstuk', basedOn: 'Heading1', next: 'Normal', quickFormat: true,
      paragraph: { numbering: { reference: LIST.chapter, level: 0 }, outlineLevel: 0, ...keep },
    },
    {
      id: STYLE.article, name: 'Artikel', basedOn: 'Heading3', next: 'Normal', quickFormat: true,
      paragraph: { numbering: { reference: LIST.article, level: 0 }, outlineLevel: 2, ...keep },
    },
    {
      id: STYLE.appendix, name: 'Bijlage', basedOn: 'Heading1', next: 'Normal', quickFormat: true,
      paragraph: { numbering: { reference: LIST.appendix, level: 0 }, outlineLevel: 0, ...keep },
    },
    {
      id: STYLE.quote, name: 'Citaat', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { color: '404040', ...lang },
      paragraph: { indent: { left: HANG * 2 }, spacing: { after: 100 } },
    },
  ],
};
