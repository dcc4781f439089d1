// Test helpers: run the extractor on invented text and list edges by actor name.
import { extractArticle } from '../../../server/extract/extract.ts';
import type { Extraction } from '../../../server/extract/types.ts';
import { EVENT_TYPES } from '../../../server/extract/types.ts';

export function run(text: string, published = '2023-05-12'): Extraction {
  return extractArticle({ text, published });
}

/** "TYPE Source -> Target" for every event edge. */
export function edges(x: Extraction): string[] {
  const name = new Map(x.nodes.map((n) => [n.id, n.name]));
  return x.relationships
    .filter((r) => (EVENT_TYPES as readonly string[]).includes(r.type))
    .map((r) => `${r.type} ${name.get(r.source) ?? r.source} -> ${name.get(r.target) ?? r.target}`);
}

export const edgesOf = (text: string, published?: string): string[] => edges(run(text, published));
