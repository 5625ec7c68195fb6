import { ApiError as ApiErrorBody } from '../../../shared/schemas/workshop.ts';
import type { z } from 'zod';

/**
 * A failed API call. `status` 0 means the server could not be reached at all (offline, server
 * down); `code` is the server's machine-readable `error` field when it sent one.
 */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  token?: string | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** Calls the JSON API and validates the reply with `schema`; throws `ApiError` otherwise. */
export async function requestJson<T extends z.ZodType>(
  path: string, schema: T, { method = 'GET', token, body, signal }: RequestOptions = {},
): Promise<z.infer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method, headers, signal, body: body === undefined ? null : JSON.stringify(body),
      // Tokens ride in a header; nothing else (cookies) is needed or wanted.
      credentials: 'omit',
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'network', err instanceof Error ? err.message : 'network error');
  }
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const parsed = ApiErrorBody.safeParse(data);
    throw parsed.success
      ? new ApiError(res.status, parsed.data.error, parsed.data.message)
      : new ApiError(res.status, 'http', `HTTP ${res.status}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(res.status, 'bad_reply', 'unexpected reply from the server');
  return parsed.data;
}
