// CSV export: a zip of `nodes.csv`, `relationships.csv` and `manifest.json`.
//
// NOTE: why a zip and not one CSV: nodes and relationships have different
// columns, and every tool an analyst imports CSV into wants one table per
// file with its header on the first line — Gephi's spreadsheet import (a
// nodes table, then an edges table), neo4j-admin import, pandas `read_csv`,
// Excel and LibreOffice with default settings. One union CSV with a `record`
// column would need filtering in each of them, and a manifest in a leading
// `#` line breaks their header detection; in the zip the manifest is a file.
//
// The tables: nodes `id, labels, label, <properties>`; relationships
// `id, type, source, target, sourceLabel, targetLabel, <properties>`, where
// `id`/`source`/`target` are element ids, `key` is the entity's own `id`
// property. Lists of scalars are joined with '|' (aliases 'Ruri|Strelsau'),
// maps and other lists are JSON. Quoting is csv-stringify's (RFC 4180), with a
// UTF-8 BOM so that Excel reads accents right.
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { valueText, type GraphParts, type PropertyColumn } from './graph-parts.ts';
import type { ExportManifest } from './types.ts';

export const LIST_SEPARATOR = '|';

/**
 * NOTE: cells that a spreadsheet would run as a formula (OWASP "CSV
 * injection") get a leading apostrophe. Evidence is article text from
 * sources an analyst does not control, so an article must not be able to plant
 * `=HYPERLINK(...)` in their spreadsheet. Numbers and booleans are untouched.
 */
export function spreadsheetSafe(value: unknown, text: string): string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

type Row = readonly string[];

/** Header names: fixed columns, then properties; a property named like a fixed column gets a leading '_'. */
function header(fixed: readonly string[], columns: readonly PropertyColumn[]): string[] {
  return [...fixed, ...columns.map((c) => (fixed.includes(c.name) ? `_${c.name}` : c.name))];
}

function cells(data: Readonly<Record<string, unknown>>, columns: readonly PropertyColumn[]): string[] {
  return columns.map((c) => spreadsheetSafe(data[c.name], valueText(data[c.name], LIST_SEPARATOR)));
}

const table = (head: Row, rows: readonly Row[]): string => stringify([head, ...rows], { bom: true });

export function nodesCsv(parts: GraphParts): string {
  const fixed = ['id', 'labels', 'label'];
  const rows = parts.nodes.map((n) => [
    n.data.id,
    n.data.labels.join(LIST_SEPARATOR),
    spreadsheetSafe(n.data.label, n.data.label),
    ...cells(n.data, parts.nodeColumns),
  ]);
  return table(header(fixed, parts.nodeColumns), rows);
}

export function relationshipsCsv(parts: GraphParts): string {
  const fixed = ['id', 'type', 'source', 'target', 'sourceLabel', 'targetLabel'];
  const labelOf = new Map(parts.nodes.map((n) => [n.data.id, n.data.label]));
  const rows = parts.edges.map((e) => {
    const s = labelOf.get(e.data.source) ?? '';
    const t = labelOf.get(e.data.target) ?? '';
    return [e.data.id, e.data.type, e.data.source, e.data.target, spreadsheetSafe(s, s), spreadsheetSafe(t, t), ...cells(e.data, parts.edgeColumns)];
  });
  return table(header(fixed, parts.edgeColumns), rows);
}

export function writeCsvZip(parts: GraphParts, manifest: ExportManifest): Buffer {
  const mtime = Number.isNaN(Date.parse(manifest.createdAt)) ? new Date() : manifest.createdAt;
  const zip = zipSync(
    {
      'nodes.csv': strToU8(nodesCsv(parts)),
      'relationships.csv': strToU8(relationshipsCsv(parts)),
      'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    },
    { level: 6, mtime },
  );
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
}
