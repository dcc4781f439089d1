// Typed parameters for a query saved from the editor: each value of the
// parameters box becomes a spec ({name, type, default}) by what it looks like.
import type { QueryParamSpec } from '../../../server/api/contract.ts';
import { TYPE_STYLE } from './style.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ACTOR_KEY = /^[a-z][a-zA-Z]*:[^\s]+$/;

export function inferParam(name: string, value: unknown): QueryParamSpec | null {
  if (typeof value === 'boolean') return { name, type: 'boolean', default: value };
  if (typeof value === 'number') return { name, type: Number.isInteger(value) ? 'integer' : 'float', default: value };
  if (typeof value === 'string') return { name, type: DATE.test(value) ? 'date' : ACTOR_KEY.test(value) ? 'actor' : 'string', default: value };
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string' && v in TYPE_STYLE)) return { name, type: 'relationTypes', default: value };
  if (value === null) return { name, type: 'string', default: null };
  return null;
}

/** Specs for every parameter, or the names that have no parameter type. */
export function inferParams(params: Readonly<Record<string, unknown>>): { ok: true; specs: QueryParamSpec[] } | { ok: false; unsupported: string[] } {
  const specs: QueryParamSpec[] = [];
  const unsupported: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    const s = inferParam(k, v);
    if (s) specs.push(s);
    else unsupported.push(k);
  }
  return unsupported.length > 0 ? { ok: false, unsupported } : { ok: true, specs };
}

/** The parameters box's text as an object, or a message that says what is wrong. */
export function parseParamsText(text: string): { ok: true; params: Record<string, unknown> } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, params: {} };
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, message: 'Parameters must be a JSON object, e.g. {"limit": 10}' };
    return { ok: true, params: v as Record<string, unknown> };
  } catch (e) {
    return { ok: false, message: `Parameters are not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}
