import { HeadingLevel, Paragraph, TextRun, type IRunOptions } from 'docx';
import { LANGUAGE, LIST, STYLE } from './covenantStyles.ts';
import { linesOf } from './text.ts';

/*
 * The covenant's paragraph builders. User text goes through `linesOf` (which drops what XML
 * cannot hold; the docx package escapes the rest); every run carries the Dutch language tag.
 */

export type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>;

export interface ParaOptions {
  /** Keep on the same page as the next paragraph (an article's lines stay together). */
  keepNext?: boolean;
  after?: number;
  style?: string;
}

/** Runs of a user text, each line break kept as a break. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return linesOf(text).map((line, i) => new TextRun({
    ...style, text: line, language: { value: LANGUAGE }, ...(i > 0 ? { break: 1 } : {}),
  }));
}

/** One paragraph; its lines are never split over two pages. */
export function para(text: string, style: RunStyle = {}, options: ParaOptions = {}): Paragraph {
  return new Paragraph({
    children: runs(text, style), keepLines: true, keepNext: options.keepNext,
    style: options.style, spacing: options.after === undefined ? undefined : { after: options.after },
  });
}

/** The paragraphs of a longer text: blank lines separate them. */
export function splitParagraphs(text: string): string[] {
  return text.trim().split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/**
 * Paragraphs of a longer text. `keepNext: true` keeps every one with what follows (an
 * article's text with its details); 'inside' only keeps them with each other.
 */
export function paragraphs(text: string, style: RunStyle = {}, options: Omit<ParaOptions, 'keepNext'> & { keepNext?: boolean | 'inside' } = {}): Paragraph[] {
  const parts = splitParagraphs(text);
  return parts.map((p, i) => para(p, style, {
    ...options, keepNext: options.keepNext === 'inside' ? i < parts.length - 1 : options.keepNext,
  }));
}

/** "Label: value", bold label; '–' for an empty value. */
export function labelled(label: string, value: string, keepNext = true): Paragraph {
  return new Paragraph({
    keepLines: true, keepNext, spacing: { after: 40 },
    children: [new TextRun({ text: `${label}: `, bold: true, language: { value: LANGUAGE } }), ...runs(value || '–')],
  });
}

type HeadingKind = 'chapter' | 'article' | 'appendix' | 'plain1' | 'plain2' | 'plain3';

/**
 * A heading. Chapters, articles and appendices take the numbered styles (Word writes
 * "Hoofdstuk 2.", "Artikel 5.", "Bijlage 1." before the text); the plain ones are unnumbered.
 * Every heading style keeps with the next paragraph and keeps its lines together.
 */
export function heading(text: string, kind: HeadingKind, pageBreakBefore = false): Paragraph {
  // Keeping is in the styles too; said again on the paragraph because LibreOffice let a chapter
  // heading end a page (seen with "Hoofdstuk 2. Afspraken" above a one-line placeholder).
  const base = { children: runs(text), pageBreakBefore, keepNext: true, keepLines: true };
  switch (kind) {
    case 'chapter': return new Paragraph({ ...base, style: STYLE.chapter });
    case 'article': return new Paragraph({ ...base, style: STYLE.article });
    case 'appendix': return new Paragraph({ ...base, style: STYLE.appendix });
    case 'plain1': return new Paragraph({ ...base, heading: HeadingLevel.HEADING_1 });
    case 'plain2': return new Paragraph({ ...base, heading: HeadingLevel.HEADING_2 });
    case 'plain3': return new Paragraph({ ...base, heading: HeadingLevel.HEADING_3 });
  }
}

/** A paragraph of a numbered list; `instance` starts a list of its own (each article's members count from 1). */
export function listItem(
  children: TextRun[], list: (typeof LIST)[keyof typeof LIST], instance: number, keepNext = false,
): Paragraph {
  return new Paragraph({
    children, keepLines: true, keepNext, numbering: { reference: list, level: 0, instance, custom: true },
  });
}
