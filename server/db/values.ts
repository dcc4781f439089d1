// Converts driver values to plain JSON on purpose: Integers to numbers (or
// decimal strings past 2^53), temporal values to ISO strings, graph values to
// small objects keyed by elementId. Used for tables and properties.
import neo4j, { type Integer } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Temporal values print as ISO 8601 through their own toString(). */
const temporalString = (v: unknown): string | undefined =>
  neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isLocalTime(v) || neo4j.isTime(v) || neo4j.isDuration(v)
    ? v.toString()
    : undefined;

export function integerToPlain(v: Integer): number | string {
  return neo4j.integer.inSafeRange(v) ? v.toNumber() : v.toString();
}

export function toPlain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'bigint') return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
  if (neo4j.isInt(v)) return integerToPlain(v);
  const temporal = temporalString(v);
  if (temporal !== undefined) return temporal;
  if (neo4j.isPoint(v)) return { srid: toPlain(v.srid), x: v.x, y: v.y, ...(v.z === undefined ? {} : { z: v.z }) };
  if (neo4j.isNode(v)) return { elementId: v.elementId, labels: v.labels, properties: propsToPlain(v.properties) };
  if (neo4j.isRelationship(v)) {
    return { elementId: v.elementId, type: v.type, start: v.startNodeElementId, end: v.endNodeElementId, properties: propsToPlain(v.properties) };
  }
  if (neo4j.isPath(v)) return { start: toPlain(v.start), end: toPlain(v.end), segments: v.segments.map((s) => toPlain(s.relationship)) };
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (typeof v === 'object') return propsToPlain(v as Record<string, unknown>);
  // Symbols and functions never come from the driver; they have no JSON form.
  return null;
}

export function propsToPlain(props: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [k, val] of Object.entries(props)) out[k] = toPlain(val);
  return out;
}
