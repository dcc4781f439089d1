// Saved queries are `.cypher` files whose header comments give a title, a
// description and typed parameters with defaults:
//
//   // @title Who attacked whom
//   // @description Every ATTACKED claim, newest first.
//   // @param limit: integer = 200 — most claims to return
//
// This module parses such headers and validates run-time parameters against
// them (a value of the wrong type is a 400, not a Cypher error).
import { z } from 'zod';
import { PARAM_TYPES, PartialDate, RELATION_TYPES, type QueryParamSpec } from '../api/contract.ts';

export interface QueryHeader {
  readonly title: string;
  readonly description: string;
  readonly params: readonly QueryParamSpec[];
}

export class QueryHeaderError extends Error {
  override readonly name = 'QueryHeaderError';
  readonly code = 'QUERY_HEADER_INVALID';
}

const PARAM_LINE = /^@param\s+([A-Za-z_]\w*)\s*:\s*(\w+)(?:\s*=\s*(.+?))?(?:\s+—\s+(.*))?$/;
const DefaultValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

export function parseQueryHeader(text: string, file: string): QueryHeader {
  let title = '';
  const description: string[] = [];
  const params: QueryParamSpec[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('//')) break;
    const body = line.slice(2).trim();
    if (body.startsWith('@title ')) title = body.slice(7).trim();
    else if (body.startsWith('@description ')) description.push(body.slice(13).trim());
    else if (body.startsWith('@param')) {
      const m = PARAM_LINE.exec(body);
      const type = m?.[2];
      if (!m?.[1] || !type || !(PARAM_TYPES as readonly string[]).includes(type)) throw new QueryHeaderError(`${file}: bad @param line "${body}"`);
      let def: unknown = undefined;
      if (m[3] !== undefined) {
        try {
          def = DefaultValue.parse(JSON.parse(m[3]));
        } catch (e) {
          throw new QueryHeaderError(`${file}: default of ${m[1]} is not a JSON value: ${m[3]}`, { cause: e });
        }
      }
      params.push({ name: m[1], type: type as QueryParamSpec['type'], ...(def === undefined ? {} : { default: def as QueryParamSpec['default'] }), ...(m[4] ? { description: m[4] } : {}) });
    }
  }
  if (title === '') throw new QueryHeaderError(`${file}: missing // @title`);
  return { title, description: description.join(' '), params };
}

const VALUE: Record<QueryParamSpec['type'], z.ZodType> = {
  string: z.string().max(10_000),
  integer: z.coerce.number().int().min(-1e15).max(1e15),
  float: z.coerce.number().finite(),
  boolean: z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]),
  date: PartialDate,
  actor: z.string().min(1).max(300),
  relationTypes: z.array(z.enum(RELATION_TYPES)).min(1).max(4),
};

export type ParamProblem = { readonly name: string; readonly message: string };
export type ParamResult = { readonly ok: true; readonly values: Record<string, unknown> } | { readonly ok: false; readonly problems: readonly ParamProblem[] };

/** Checks given values against the specs, fills defaults, and refuses unknown names. */
export function validateParams(specs: readonly QueryParamSpec[], given: Record<string, unknown>): ParamResult {
  const problems: ParamProblem[] = [];
  const values: Record<string, unknown> = {};
  const known = new Set(specs.map((s) => s.name));
  for (const name of Object.keys(given)) if (!known.has(name)) problems.push({ name, message: 'unknown parameter' });
  for (const spec of specs) {
    const v = given[spec.name] ?? spec.default;
    if (v === undefined) {
      problems.push({ name: spec.name, message: `required ${spec.type}` });
      continue;
    }
    const parsed = VALUE[spec.type].safeParse(v);
    if (parsed.success) values[spec.name] = parsed.data;
    else problems.push({ name: spec.name, message: `expected ${spec.type}: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}
