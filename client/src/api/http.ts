// The client's fetch layer: every call returns {ok: true, data} or
// {ok: false, error}; no caller is surprised by a throw.
import type { ApiError } from '../../../server/api/contract.ts';
import { config } from '../config.ts';

export type Result<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ApiError };

export async function request<T>(path: string, init?: RequestInit): Promise<Result<T>> {
  try {
    const res = await fetch(`${config.apiBase}${path}`, { ...init, headers: { Accept: 'application/json', ...(init?.headers ?? {}) } });
    const body: unknown = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: body as T };
    const err = body as Partial<ApiError> | null;
    return { ok: false, error: { code: err?.code ?? `HTTP_${res.status}`, message: err?.message ?? res.statusText } };
  } catch (e) {
    return { ok: false, error: { code: 'NETWORK', message: e instanceof Error ? e.message : String(e) } };
  }
}
