// Entry point of the export: turns Cytoscape elements and a manifest into one
// downloadable file in the asked format. Pure: no database, no HTTP.
import type { GraphElement } from '../api/contract.ts';
import { exportFilename } from './filename.ts';
import { graphParts } from './graph-parts.ts';
import type { ExportFile, ExportFormat, ExportManifest, FormatWriter } from './types.ts';
import { writeCsvZip } from './write-csv.ts';
import { writeCypher } from './write-cypher.ts';
import { writeGexf } from './write-gexf.ts';
import { writeGraphml } from './write-graphml.ts';
import { writeJson } from './write-json.ts';

export { EXPORT_FORMATS } from './types.ts';
export type { ExportFile, ExportFormat, ExportManifest } from './types.ts';

/** The writers by format name. */
export const FORMAT_WRITERS: Readonly<Record<ExportFormat, FormatWriter>> = {
  json: { extension: 'json', contentType: 'application/json; charset=utf-8', write: writeJson },
  // NOTE: a zip of nodes.csv, relationships.csv and manifest.json; see write-csv.ts.
  csv: { extension: 'csv.zip', contentType: 'application/zip', write: writeCsvZip },
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', write: writeGexf },
  cypher: { extension: 'cypher', contentType: 'application/x-cypher-query; charset=utf-8', write: writeCypher },
};

/**
 * Writes `elements` as one file. Duplicate ids keep their first element and
 * edges with an end outside the elements are left out; the manifest's counts
 * are those of what was written.
 */
export function exportGraph(
  elements: readonly GraphElement[],
  format: ExportFormat,
  manifest: Omit<ExportManifest, 'nodeCount' | 'edgeCount'>,
): ExportFile {
  const writer = FORMAT_WRITERS[format];
  const parts = graphParts(elements);
  const full: ExportManifest = { ...manifest, nodeCount: parts.nodes.length, edgeCount: parts.edges.length };
  return {
    filename: exportFilename(manifest.producedBy, manifest.createdAt, writer.extension),
    contentType: writer.contentType,
    body: writer.write(parts, full),
  };
}
