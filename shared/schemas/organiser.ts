import * as z from 'zod';
import { Limits } from '../limits.ts';
import { Role } from '../roles.ts';
import { WorkshopCreated, WorkshopLinks } from './workshop.ts';

/*
 * The organiser's REST calls (docs/api.md, "Organiser"): workshop details, case texts, export
 * formats, delete. Client and server parse with these same schemas.
 */

/** Longest description (the covenant's introduction), place name, place of signing and covenant subject. */
export const DetailsLimits = { placeLength: 120, descriptionLength: 4000, signingPlaceLength: 80, covenantSubjectLength: 120 } as const;

/** The covenant's subtitle until the organiser changes it. */
export const DEFAULT_COVENANT_SUBJECT = 'Aanpak discriminatie en woonoverlast';

/**
 * A town's name as it is written ("'s-Hertogenbosch", "Bergen (NH)", "Alphen aan den Rijn"):
 * letters, spaces and the marks names use, nothing else. It is printed after "ondertekend te",
 * so a venue, an address or a line break has no place in it; '' means "not yet known".
 */
export const SIGNING_PLACE_PATTERN = /^(?:['’]?\p{L}[\p{L}\p{M} '’.()/-]*)?$/u;

/** `YYYY-MM-DD`, a real calendar date, or '' for "not set". */
export const IsoDate = z.string().refine(
  (v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))
    && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
  { message: 'date must be YYYY-MM-DD or empty' },
);

/** Reply of `GET /api/workshops/:id/details` and of `PATCH /api/workshops/:id` (the whole record). */
export const WorkshopDetails = z.object({
  title: z.string(),
  date: z.string(),
  /** Where the workshop is held (a venue); the title page shows it. */
  place: z.string(),
  description: z.string(),
  /** The town where the covenant is signed ('' until known: the draft prints dots). */
  signingPlace: z.string(),
  /** The covenant's subtitle ('' for none); `DEFAULT_COVENANT_SUBJECT` until changed. */
  covenantSubject: z.string(),
});
export type WorkshopDetails = z.infer<typeof WorkshopDetails>;

/**
 * Reply of `GET /api/workshops/:id/details` and `PATCH /api/workshops/:id`: the details, and
 * when the retention sweep will delete the workshop (epoch ms; server/organiser/retention.ts).
 */
export const DetailsReply = WorkshopDetails.extend({ deleteAfter: z.number().int() });
export type DetailsReply = z.infer<typeof DetailsReply>;

/** Body of `PATCH /api/workshops/:id`: any subset; strings are trimmed. */
export const DetailsPatch = z.strictObject({
  title: z.string().trim().min(1).max(Limits.titleLength).optional(),
  date: IsoDate.optional(),
  place: z.string().trim().max(DetailsLimits.placeLength).optional(),
  description: z.string().trim().max(DetailsLimits.descriptionLength).optional(),
  signingPlace: z.string().trim().max(DetailsLimits.signingPlaceLength)
    .regex(SIGNING_PLACE_PATTERN, { message: 'signingPlace must be the name of a town' }).optional(),
  covenantSubject: z.string().trim().max(DetailsLimits.covenantSubjectLength)
    .regex(/^[^\n\r\t]*$/, { message: 'covenantSubject must be one line' }).optional(),
});
export type DetailsPatch = z.infer<typeof DetailsPatch>;

/** Body of `PUT /api/workshops/:id/groups/:groupId/case`. */
export const CaseInput = z.strictObject({ text: z.string().max(Limits.caseTextLength) });
export type CaseInput = z.infer<typeof CaseInput>;

/** Reply of `GET /api/workshops/:id/cases`: each group's case card text, in group order. */
export const CaseTexts = z.object({
  cases: z.array(z.object({ groupId: z.string(), name: z.string(), text: z.string() })),
});
export type CaseTexts = z.infer<typeof CaseTexts>;

/** Reply of `PUT …/case`. */
export const CaseSaved = z.object({ groupId: z.string(), text: z.string() });
export type CaseSaved = z.infer<typeof CaseSaved>;

/** Formats of `GET /api/workshops/:id/export?format=…`. */
export const ExportFormat = z.enum(['csv', 'md', 'json', 'docx', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Reply of `DELETE /api/workshops/:id`. */
export const WorkshopDeleted = z.object({ id: z.string(), deleted: z.literal(true) });
export type WorkshopDeleted = z.infer<typeof WorkshopDeleted>;

/**
 * Body of `POST /api/workshops/:id/tokens/rotate`: whose link to replace. A participant link
 * names its group; the other roles have one link each and name none.
 */
export const RotateInput = z.strictObject({
  role: z.enum(Role),
  groupId: z.string().min(1).max(64).optional(),
}).refine((v) => (v.role === Role.participant) === (v.groupId !== undefined), {
  message: 'groupId is required for a participant link, and only for it', path: ['groupId'],
});
export type RotateInput = z.infer<typeof RotateInput>;

/** One token that a rotation replaced (`groupId` for a participant token). */
export const RotatedToken = z.object({ role: z.enum(Role), groupId: z.string().nullable() });
export type RotatedToken = z.infer<typeof RotatedToken>;

/**
 * Reply of `POST …/tokens/rotate`: every token the rotation replaced (the named one and all
 * derived from it), and the whole new family with its links, as at creation.
 */
export const LinksRotated = z.object({
  rotated: z.array(RotatedToken),
  tokens: WorkshopCreated.shape.tokens,
  links: WorkshopLinks.required(),
});
export type LinksRotated = z.infer<typeof LinksRotated>;
