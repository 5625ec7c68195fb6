import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { writeCaseCard } from './caseCard.ts';
import { BoardLimitError } from './errors.ts';
import { assertRoomFor, getItem, nextZ, putItem, stampSchemaVersion } from './itemStore.ts';
import { replaceText } from './textEdit.ts';
import { CASE_CARD_ID, CASE_CARD_SIZE, MetaKey, SECTION_SIZE, itemsOf, metaOf, type ChangeOrigin } from './schema.ts';

/*
 * Board templates. The titles are board content in the workshop's language, not UI strings:
 * they are written into the document once and the group may rename them.
 */

export const TemplateName = ['workshop'] as const;
export type TemplateName = (typeof TemplateName)[number];

export interface TemplateInput {
  caseText?: string;
}

const GAP = 40;

/**
 * The default workshop layout: the case card across the top, four sections in a row below it.
 * Ids are fixed (not random) so that two clients applying the template at the same moment
 * write the same keys and the merge holds one layout, not two.
 */
export const WORKSHOP_SECTIONS = [
  { id: 'workshop-s1', title: 'Wat speelt er?' },
  { id: 'workshop-s2', title: 'Knelpunten in de samenwerking' },
  { id: 'workshop-s3', title: 'Ideeën' },
  { id: 'workshop-s4', title: 'Actiepunten' },
] as const;

/** The template a board was started from, or null. */
export function boardTemplate(doc: Y.Doc): TemplateName | null {
  const name = metaOf(doc).get(MetaKey.template);
  return TemplateName.includes(name as TemplateName) ? (name as TemplateName) : null;
}

/**
 * Lays out a template on the board in one transaction and marks it in `meta.template`.
 * Idempotent: does nothing and returns false when the board already has a template. An
 * existing case card is kept (only its text is set when `caseText` is given).
 */
export function applyTemplate(doc: Y.Doc, name: TemplateName, input: TemplateInput, origin: ChangeOrigin): boolean {
  if (!TemplateName.includes(name) || boardTemplate(doc) !== null) return false;
  const caseText = input.caseText ?? '';
  if (caseText.length > Limits.caseTextLength) throw new BoardLimitError('caseTextLength');
  const card = getItem(doc, CASE_CARD_ID);
  const existing = card?.get('type') === 'case' ? card.get('text') : undefined;
  assertRoomFor(doc, WORKSHOP_SECTIONS.length + (itemsOf(doc).has(CASE_CARD_ID) ? 0 : 1));
  doc.transact(() => {
    stampSchemaVersion(doc);
    metaOf(doc).set(MetaKey.template, name);
    if (!(existing instanceof Y.Text)) writeCaseCard(doc, caseText);
    else if (input.caseText !== undefined) replaceText(existing, caseText);
    const top = CASE_CARD_SIZE.h + GAP;
    let z = nextZ(doc);
    WORKSHOP_SECTIONS.forEach((section, i) => {
      putItem(doc, 'section', {
        x: i * (SECTION_SIZE.w + GAP),
        y: top,
        w: SECTION_SIZE.w,
        h: SECTION_SIZE.h,
        z: z++,
        title: new Y.Text(section.title),
      }, section.id);
    });
  }, origin);
  return true;
}
