import {
  JoinResult, LinkBase, WorkshopCreated, WorkshopInfo, WorkshopLinks, type CreateWorkshopInput,
} from '../../../shared/schemas/workshop.ts';
import { requestJson } from './http.ts';

/** The REST calls of docs/api.md, one function each. */
export const workshopApi = {
  create: (input: CreateWorkshopInput, adminToken?: string) =>
    requestJson('/api/workshops', WorkshopCreated, { method: 'POST', body: input, token: adminToken }),

  linkBase: (signal?: AbortSignal) => requestJson('/api/link-base', LinkBase, { signal }),

  info: (id: string, token: string, signal?: AbortSignal) =>
    requestJson(`/api/workshops/${encodeURIComponent(id)}`, WorkshopInfo, { token, signal }),

  links: (id: string, token: string, signal?: AbortSignal) =>
    requestJson(`/api/workshops/${encodeURIComponent(id)}/links`, WorkshopLinks, { token, signal }),

  join: (id: string, token: string, groupId: string) =>
    requestJson(`/api/workshops/${encodeURIComponent(id)}/join`, JoinResult, {
      method: 'POST', token, body: { groupId },
    }),
};
