// The client's fetch layer: every call returns {ok: true, data} or
// {ok: false, error}; no caller is surprised by a throw.
import type { ApiError } from '../../../server/api/contract.ts';
import { config } from '../config.ts';
import { authHeaders } from './token.ts';

export type Result<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ApiError };

const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

async function errorOf(res: Response): Promise<Result<never>> {
  const body: unknown = await res.json().catch(() => null);
  const err = (typeof body === 'object' && body !== null ? body : {}) as Partial<ApiError>;
  return fail(typeof err.code === 'string' ? err.code : `HTTP_${res.status}`, typeof err.message === 'string' ? err.message : res.statusText);
}

const networkError = (e: unknown): Result<never> => fail('NETWORK', e instanceof Error ? e.message : String(e));

export async function request<T>(path: string, init?: RequestInit): Promise<Result<T>> {
  try {
    const res = await fetch(`${config.apiBase}${path}`, { ...init, headers: { Accept: 'application/json', ...authHeaders(), ...(init?.headers ?? {}) } });
    if (!res.ok) return await errorOf(res);
    // NOTE: the body's shape is the contract's; the server validates what it sends.
    return { ok: true, data: (await res.json()) as T };
  } catch (e) {
    return networkError(e);
  }
}

/** A JSON body POSTed (or DELETEd, PUT…) with the token when there is one. */
export function send<T>(method: string, path: string, body?: unknown): Promise<Result<T>> {
  return request<T>(path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });
}

/** A query string of the defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

export interface Download {
  readonly blob: Blob;
  readonly filename: string;
}

/** The file name of a Content-Disposition header, or the fallback. */
export function filenameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1].trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** POSTs JSON and takes the answer as a file. */
export async function download(path: string, body: unknown, fallbackName: string): Promise<Result<Download>> {
  try {
    const res = await fetch(`${config.apiBase}${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ...authHeaders() },
    });
    if (!res.ok) return await errorOf(res);
    return { ok: true, data: { blob: await res.blob(), filename: filenameOf(res.headers.get('Content-Disposition'), fallbackName) } };
  } catch (e) {
    return networkError(e);
  }
}
