// Cypher literals and names for the Cypher export, written so that no property
// value, label, type or property key can end its literal or name early.
import { AppError } from '../errors.ts';

/** Escapes Cypher string literals know; other control characters become \uXXXX. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * Characters written as escapes: quote and backslash, C0/C1 controls and DEL,
 * line and paragraph separators (some tools treat them as line breaks, which
 * would split a statement), and lone surrogates (no UTF-8 form; with the `u`
 * flag a surrogate range matches only unpaired ones).
 */
const NEEDS_ESCAPE = /[\\'\p{Cc}\u2028\u2029\uD800-\uDFFF]/gu;

const hex4 = (c: string): string => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A single-quoted Cypher string literal. */
export function cypherString(s: string): string {
  return `'${s.replace(NEEDS_ESCAPE, (c) => SHORT_ESCAPES[c] ?? hex4(c))}'`;
}

/**
 * A backtick-quoted label, relationship type or property key, inner backticks
 * doubled. NOTE: names with a backslash or control character are refused:
 * Neo4j 5's parser reads Java-style unicode escapes in names, so `\u0060`
 * would become a closing backtick; our graph model never has such names.
 */
export function cypherName(name: string): string {
  if (name.length === 0 || /[\\\p{Cc}]/u.test(name)) {
    throw new AppError('VALIDATION_FAILED', `export/cypher: cannot write the name ${JSON.stringify(name)} safely`);
  }
  return `\`${name.replace(/`/g, '``')}\``;
}

/** A map key: bare when it is a plain identifier, else quoted by cypherName. */
export const cypherKey = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : cypherName(name));

function cypherNumber(n: number): string {
  if (!Number.isFinite(n)) return cypherString(String(n));
  if (Number.isSafeInteger(n)) return String(n);
  // NOTE: Cypher exponents take no '+' sign, and an integral double needs a
  // '.0' to stay a float rather than overflow Cypher's 64-bit integers.
  const text = String(n).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * A value Neo4j can store as a property: scalars as themselves, lists of one
 * scalar type as lists; maps and mixed lists (which Neo4j cannot store) as
 * JSON text; null and undefined as null.
 */
export function cypherValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'number') return cypherNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v) && v.every(isScalar) && new Set(v.map((x) => typeof x)).size <= 1) {
    return `[${v.map(cypherValue).join(', ')}]`;
  }
  return cypherString(JSON.stringify(v) ?? '');
}

/** A map literal `{k: v, ...}`; entries with null or undefined values are left out. */
export function cypherMap(entries: readonly (readonly [string, unknown])[]): string {
  const parts = entries.filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${cypherKey(k)}: ${cypherValue(v)}`);
  return `{${parts.join(', ')}}`;
}

/**
 * Text for a `//` comment line. NOTE: backslashes are doubled so that no
 * `\uXXXX` in it can be read as an escape, and line breaks and controls are
 * replaced, so the comment cannot end before its line does.
 */
export function commentText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/[\p{Cc}\u2028\u2029\uD800-\uDFFF]/gu, '\uFFFD');
}
