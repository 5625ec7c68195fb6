import * as z from 'zod';
import { Party } from '../../shared/board/actionPointRules.ts';
import { DecisionStatus } from '../../shared/schemas/session.ts';
import type { ExportData } from './exportData.ts';
import { partyLabel } from './labels.ts';

/*
 * The JSON export (docs/api.md, "Export", format json). A stable, documented shape for other
 * tools: keys never change meaning within a schemaVersion; a change that breaks a reader gets
 * a new version. Every action point slot is listed, empty ones included (state "empty").
 */

export const EXPORT_JSON_SCHEMA_VERSION = 1;

export const ExportActionPoint = z.object({
  apKey: z.string(),
  /** 1 or 2. */
  number: z.union([z.literal(1), z.literal(2)]),
  state: z.enum(['empty', 'draft', 'complete']),
  submitted: z.boolean(),
  title: z.string(),
  body: z.string(),
  /** Ticked parties (ids of the fixed list) in list order. */
  parties: z.array(z.enum(Party)),
  /** A party outside the list, as typed ('' for none). */
  otherParty: z.string(),
  /** The lead party: a party id or the other party's text ('' for none). */
  lead: z.string(),
  /** The lead as a label (party ids become their Dutch name). */
  leadLabel: z.string(),
  timeframe: z.string(),
  votes: z.number().int().min(0),
  decision: z.object({ status: DecisionStatus, text: z.string().nullable() }).nullable(),
  themeId: z.string().nullable(),
});
export type ExportActionPoint = z.infer<typeof ExportActionPoint>;

export const ExportJson = z.strictObject({
  schemaVersion: z.literal(EXPORT_JSON_SCHEMA_VERSION),
  /** ISO 8601, UTC. */
  generatedAt: z.iso.datetime(),
  workshop: z.object({
    id: z.string(),
    title: z.string(),
    /** `YYYY-MM-DD` or ''. */
    date: z.string(),
    place: z.string(),
    description: z.string(),
  }),
  groups: z.array(z.object({
    id: z.string(),
    name: z.string(),
    caseText: z.string(),
    submitted: z.boolean(),
    /** ISO 8601 or null. */
    submittedAt: z.iso.datetime().nullable(),
    actionPoints: z.tuple([ExportActionPoint, ExportActionPoint]),
  })),
  themes: z.array(z.object({ id: z.string(), title: z.string(), apKeys: z.array(z.string()), votes: z.number().int() })),
  /** Non-empty action points and themes, most plenary votes first (as on the beamer). */
  ranking: z.array(z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('actionPoint'), apKey: z.string(), votes: z.number().int() }),
    z.object({ kind: z.literal('theme'), themeId: z.string(), votes: z.number().int() }),
  ])),
});
export type ExportJson = z.infer<typeof ExportJson>;

const iso = (ms: number) => new Date(ms).toISOString();

/** Builds the JSON document; keys in a fixed order, so equal data gives equal text. */
export function actionPointsJsonValue(data: ExportData): ExportJson {
  const { snapshot, workshop } = data;
  const caseOf = new Map(data.groups.map((g) => [g.id, g.caseText]));
  return {
    schemaVersion: EXPORT_JSON_SCHEMA_VERSION,
    generatedAt: iso(data.generatedAt),
    workshop: {
      id: workshop.id, title: workshop.title, date: workshop.date, place: workshop.place, description: workshop.description,
    },
    groups: snapshot.groups.map((g) => ({
      id: g.id,
      name: g.name,
      caseText: caseOf.get(g.id) ?? '',
      submitted: g.submitted,
      submittedAt: g.submittedAt === null ? null : iso(g.submittedAt),
      actionPoints: g.actionPoints.map((ap): ExportActionPoint => ({
        apKey: ap.apKey,
        number: ap.slot === 0 ? 1 : 2,
        state: ap.state,
        submitted: ap.submitted,
        title: ap.title,
        body: ap.body,
        parties: [...ap.parties],
        otherParty: ap.otherParty,
        lead: ap.lead,
        leadLabel: ap.lead ? partyLabel(ap.lead) : '',
        timeframe: ap.timeframe,
        votes: ap.votes,
        decision: ap.decision ? { status: ap.decision.status, text: ap.decision.text ?? null } : null,
        themeId: ap.themeId,
      })) as [ExportActionPoint, ExportActionPoint],
    })),
    themes: snapshot.themes.map((t) => ({ id: t.id, title: t.title, apKeys: [...t.apKeys], votes: t.votes })),
    ranking: snapshot.ranking.map((r) => (r.kind === 'theme'
      ? { kind: 'theme' as const, themeId: r.themeId, votes: r.votes }
      : { kind: 'actionPoint' as const, apKey: r.apKey, votes: r.votes })),
  };
}

export function actionPointsJson(data: ExportData): string {
  return `${JSON.stringify(actionPointsJsonValue(data), null, 2)}\n`;
}
