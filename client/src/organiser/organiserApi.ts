import {
  CaseSaved, CaseTexts, DetailsReply, LinksRotated, WorkshopDeleted, type DetailsPatch, type ExportFormat, type RotateInput,
} from '../../../shared/schemas/organiser.ts';
import { requestJson } from '../api/http.ts';

/* The organiser's REST calls (docs/api.md, "Organiser" and "Export"), one function each. */

const base = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;

export const organiserApi = {
  details: (id: string, token: string, signal?: AbortSignal) =>
    requestJson(`${base(id)}/details`, DetailsReply, { token, signal }),

  updateDetails: (id: string, token: string, patch: DetailsPatch) =>
    requestJson(base(id), DetailsReply, { method: 'PATCH', token, body: patch }),

  cases: (id: string, token: string, signal?: AbortSignal) =>
    requestJson(`${base(id)}/cases`, CaseTexts, { token, signal }),

  saveCase: (id: string, token: string, groupId: string, text: string) =>
    requestJson(`${base(id)}/groups/${encodeURIComponent(groupId)}/case`, CaseSaved, { method: 'PUT', token, body: { text } }),

  /** A new link for `target`; the old one (and every link derived from it) stops working. */
  rotate: (id: string, token: string, target: RotateInput) =>
    requestJson(`${base(id)}/tokens/rotate`, LinksRotated, { method: 'POST', token, body: target }),

  remove: (id: string, token: string) =>
    requestJson(base(id), WorkshopDeleted, { method: 'DELETE', token }),

  exportPath: (id: string, format: ExportFormat) => `${base(id)}/export?format=${format}`,

  boardSvgPath: (id: string, groupId: string) => `${base(id)}/boards/${encodeURIComponent(groupId)}.svg`,
};
