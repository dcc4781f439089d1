// Helpers of the extractor's unit tests: run extractArticle on invented text
// through the recorded parses (tests/support/recorded-annotator.ts) and read
// the result as lines an analyst would write, "TYPE Source -> Target".
import { extractArticle } from '../../../server/extract/extract.ts';
import { isEvent, type Extraction } from '../../../server/extract/types.ts';
import { recordedAnnotator } from '../../support/recorded-annotator.ts';

/** The publication date of every invented article unless a test gives one: Friday 12 May 2023. */
export const PUBLISHED = '2023-05-12';

const annotator = recordedAnnotator();

export function extract(text: string, published: string = PUBLISHED): Promise<Extraction> {
  return extractArticle({ text, published }, annotator);
}

export { isEvent };

/** "TYPE Source -> Target" for every event, by actor name, once each, in order. */
export function edges(x: Extraction): string[] {
  const name = new Map(x.nodes.map((n) => [n.id, n.name]));
  return [...new Set(x.relationships.filter(isEvent).map((r) => `${r.type} ${name.get(r.source) ?? r.source} -> ${name.get(r.target) ?? r.target}`))];
}

export const edgesOf = async (text: string, published?: string): Promise<string[]> => edges(await extract(text, published));

/** What a text must give, as a gold file says it: every required edge, and nothing but required or optional ones. */
export interface Reading {
  readonly required: readonly string[];
  readonly optional?: readonly string[];
}

/** The required edges not found and the edges found that are neither required nor optional: both empty when the reading is right. */
export function compare(found: readonly string[], want: Reading): { missing: string[]; unexpected: string[] } {
  const allowed = new Set([...want.required, ...(want.optional ?? [])]);
  return { missing: want.required.filter((e) => !found.includes(e)), unexpected: found.filter((e) => !allowed.has(e)) };
}

export const right = { missing: [], unexpected: [] };
