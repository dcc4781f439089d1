// JSON export: `{manifest, elements}`, the elements being Cytoscape elements as
// the API sent them, so that `cy.add(file.elements)` re-imports the subgraph.
import type { GraphParts } from './graph-parts.ts';
import type { ExportManifest } from './types.ts';

export function writeJson(parts: GraphParts, manifest: ExportManifest): string {
  return `${JSON.stringify({ manifest, elements: [...parts.nodes, ...parts.edges] }, null, 2)}\n`;
}
