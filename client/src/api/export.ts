// Server-side exports (JSON, CSV, GraphML, GEXF, Cypher) of a set of elements,
// a saved query or ad-hoc Cypher, taken as a file download.
import type { ExportBody } from '../../../server/api/contract.ts';
import { download, type Download, type Result } from './http.ts';

export type ServerFormat = ExportBody['format'];

const EXTENSION: Readonly<Record<ServerFormat, string>> = { json: 'json', csv: 'zip', graphml: 'graphml', gexf: 'gexf', cypher: 'cypher' };

export function exportFile(body: ExportBody, fallbackStem: string): Promise<Result<Download>> {
  return download('/export', body, `${fallbackStem}.${EXTENSION[body.format]}`);
}
