// Types shared by the export writers: the formats, the manifest that says what
// produced an export, the file handed to the HTTP layer, and a writer's shape.
import type { GraphParts } from './graph-parts.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'gexf', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What produced an export; written into every format. */
export interface ExportManifest {
  /** e.g. 'query:who-attacked-whom', 'cypher', 'elements'. */
  readonly producedBy: string;
  /** The Cypher text that produced the elements, if any. */
  readonly query?: string;
  readonly params?: Readonly<Record<string, unknown>>;
  /** ISO 8601 instant. */
  readonly createdAt: string;
  /** e.g. 'Actorgraph 0.1.0'. */
  readonly generator: string;
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** True when a result cap cut the subgraph. */
  readonly truncated: boolean;
  /** The analyst's corrections in force that concern the exported actors or their articles (what was changed by hand, by whom, why). */
  readonly corrections?: readonly Readonly<Record<string, unknown>>[];
}

/**
 * One downloadable file. NOTE: `body` is a Buffer only for `csv`, which is a
 * zip of two tables and the manifest (see write-csv.ts); a Buffer, not a bare
 * Uint8Array, so that Express's `res.send` sends it as bytes.
 */
export interface ExportFile {
  readonly filename: string;
  readonly contentType: string;
  readonly body: string | Buffer;
}

/** One format's writer, registered by name in export-graph.ts. */
export interface FormatWriter {
  readonly extension: string;
  readonly contentType: string;
  readonly write: (parts: GraphParts, manifest: ExportManifest) => string | Buffer;
}
