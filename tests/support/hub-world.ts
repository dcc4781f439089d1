// A hand-built world around one hub actor with more neighbours than one page
// of Expand: claims of every event type in both directions, some neighbours
// joined by two types, dates spread over months and some claims undated, in
// a few articles. Invented names (no other test uses them); deterministic.
import { createHash } from 'node:crypto';
import type { EventType, Extraction, ExtractedActor, ExtractedEvent } from '../../server/extract/types.ts';
import { actor } from './fixtures.ts';

export const HUB = actor('country:velmoria', 'Velmoria', 'Country', ['Velmorian Republic']);

/** The hub's neighbours: `count` organisations named "Quillon Works 01" … */
export function hubNeighbours(count: number): ExtractedActor[] {
  return Array.from({ length: count }, (_, i) => actor(`organization:quillon-works-${i + 1}`, `Quillon Works ${String(i + 1).padStart(2, '0')}`, 'Organization'));
}

/** Which claims neighbour i has with the hub: [type, hub is the source, month index or null (undated)]. */
function claimsOf(i: number): [EventType, boolean, number | null][] {
  const types: EventType[] = ['ATTACKED', 'SANCTIONED', 'EXPELLED', 'DENIED'];
  const type = types[i % 4] as EventType;
  const out = i % 3 !== 0;
  const month = i % 5 === 0 ? null : (i * 7) % 14;
  const first: [EventType, boolean, number | null] = [type, out, month];
  // Every sixth neighbour has a second claim of another type, the other way round.
  return i % 6 === 1 ? [first, [types[(i + 1) % 4] as EventType, !out, i % 4 === 0 ? null : (i * 3) % 14]] : [first];
}

const monthOf = (m: number): string => `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** The hub world as extractions of `articles` articles. */
export function hubWorld(neighbours = 40, articles = 3): Extraction[] {
  const others = hubNeighbours(neighbours);
  const texts: string[] = Array.from({ length: articles }, () => '');
  const events: ExtractedEvent[][] = Array.from({ length: articles }, () => []);
  const used: Set<ExtractedActor>[] = Array.from({ length: articles }, () => new Set([HUB]));
  others.forEach((o, i) => {
    claimsOf(i).forEach(([type, hubIsSource, month], k) => {
      const a = (i + k) % articles;
      const [s, t] = hubIsSource ? [HUB, o] : [o, HUB];
      const sentence = `${s.name} ${type.toLowerCase()} ${t.name}${month === null ? '' : ` in ${monthOf(month)}`}.`;
      const start = (texts[a] as string).length;
      texts[a] += `${sentence} `;
      const id = createHash('sha256').update(`hub|${i}|${k}`).digest('hex').slice(0, 16);
      (events[a] as ExtractedEvent[]).push({ id, type, source: s.id, target: t.id, when: month === null ? null : monthOf(month), evidence: sentence, start, end: start + sentence.length, certainty: 'stated', claimedBy: null, denies: type === 'DENIED' ? 'ATTACKED' : null });
      (used[a] as Set<ExtractedActor>).add(o);
    });
  });
  return texts.map((text, a) => {
    const id = `article:hub-world-${a}`;
    return {
      article: { id, title: `Velmoria report ${a + 1}`, published: '2022-03-01', source: 'Test Wire', url: null, sha256: createHash('sha256').update(id).digest('hex'), cleanText: text.trim() },
      nodes: [...(used[a] as Set<ExtractedActor>)],
      relationships: events[a] as ExtractedEvent[],
    };
  });
}
