// Hand-made extractions with invented actors, for tests of the writer that
// must not depend on the extractor.
import type { Extraction, ExtractedActor, ExtractedEvent, ExtractedLink } from '../../server/extract/types.ts';

export const actor = (id: string, name: string, kind: ExtractedActor['kind'], aliases: string[] = []): ExtractedActor => ({ id, name, kind, aliases, mentions: 1 });

export function event(id: string, type: ExtractedEvent['type'], source: string, target: string, evidence = `${source} ${type} ${target}.`): ExtractedEvent {
  return { id, type, source, target, when: '2020-05', evidence, start: 0, end: evidence.length, certainty: 'stated', claimedBy: null, denies: type === 'DENIED' ? 'ATTACKED' : null };
}

/** A structural link (a body PART_OF its state, an official SPEAKS_FOR it). */
export function link(id: string, type: ExtractedLink['type'], source: string, target: string, evidence = `${source} ${type} ${target}.`): ExtractedLink {
  return { id, type, source, target, evidence, start: 0, end: evidence.length };
}

export function extraction(articleId: string, nodes: ExtractedActor[], relationships: (ExtractedEvent | ExtractedLink)[]): Extraction {
  return {
    article: { id: articleId, title: `Title of ${articleId}`, published: '2020-05-02', source: 'Test Wire', url: null, sha256: articleId.padEnd(64, '0'), cleanText: 'text' },
    nodes,
    relationships,
  };
}

/** The smallest graph with an event: Ruritania ATTACKED Freedonia, in one article. */
export function oneAttack(articleId: string, eventId = 'e1'): Extraction {
  const a = actor('country:ruritania', 'Ruritania', 'Country');
  const b = actor('country:freedonia', 'Freedonia', 'Country');
  return extraction(articleId, [a, b], [event(eventId, 'ATTACKED', a.id, b.id)]);
}
