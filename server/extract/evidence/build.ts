// The last stage: claims and actors become the Extraction — stable ids, each
// edge with its sentence verbatim and that sentence's offsets in cleanText,
// its date, and the structural links (PART_OF, LEADS, SPEAKS_FOR).
import type { Sentence } from '../annotate/doc.ts';
import type { ActorRec, ActorRegistry } from '../actors/registry.ts';
import type { CleanArticle } from '../clean/clean.ts';
import type { Claim } from '../events/claim.ts';
import { datesOf } from '../dates/event-dates.ts';
import { actorId, relationId } from '../ids.ts';
import type { ArticleInput, ExtractedActor, ExtractedEvent, ExtractedLink, Extraction } from '../types.ts';

export interface BuildInput {
  readonly input: ArticleInput;
  readonly clean: CleanArticle;
  readonly sentences: readonly Sentence[];
  readonly registry: ActorRegistry;
  readonly claims: readonly Claim[];
  readonly published: string | null | undefined;
  readonly pubDate: Date | null;
  readonly id: string;
  readonly sha256: string;
  readonly onlyConnected: boolean;
}

const idOf = (r: ActorRec): string => actorId(r.kind, r.name);

/** Aliases worth keeping: surface forms other than the name, without bare demonyms or pronouns. */
function aliasesOf(r: ActorRec): string[] {
  return [...r.aliases].filter((a) => a !== r.name && a.trim() !== '' && !/^(it|its|they|them|their|he|his|she|her|we|our)$/i.test(a)).sort();
}

export function buildExtraction(b: BuildInput): Extraction {
  const bySentence = new Map(b.sentences.map((s) => [s.index, s]));
  const dates = datesOf(b.claims, b.sentences, b.clean.paragraphs, b.pubDate);
  const events: ExtractedEvent[] = [];
  const used = new Set<string>();
  for (const c of b.claims) {
    const s = bySentence.get(c.sentence);
    if (!s) throw new Error(`internal: claim in missing sentence ${c.sentence}`);
    const source = idOf(b.registry.get(c.source.key) ?? c.source);
    const target = idOf(b.registry.get(c.target.key) ?? c.target);
    if (source === target) continue;
    used.add(source).add(target);
    events.push({
      id: relationId(c.type, source, target, b.id, s.start), type: c.type, source, target,
      when: dates.get(c) ?? null, certainty: c.certainty,
      claimedBy: c.claimedBy ? (b.registry.get(c.claimedBy.key) ?? c.claimedBy).name : null, denies: c.denies,
      evidence: s.text, start: s.start, end: s.end,
    });
  }
  // NOTE: a state lifted from its body ("the Treasury" → the United States) may never be named, yet is an end of an edge.
  const recs = b.registry.all().filter((r) => used.has(idOf(r)) || (r.mentions > 0 && !r.weak));
  const present = new Set(recs.map(idOf));
  const links: ExtractedLink[] = [];
  for (const r of recs) {
    if (!r.link) continue;
    const target = b.registry.get(r.link.target);
    const s = bySentence.get(r.link.sentence);
    if (!target || !s || !present.has(idOf(target)) || idOf(target) === idOf(r)) continue;
    const source = idOf(r);
    used.add(source).add(idOf(target));
    links.push({ id: relationId(r.link.type, source, idOf(target), b.id, s.start), type: r.link.type, source, target: idOf(target), evidence: s.text, start: s.start, end: s.end });
  }
  const byId = new Map<string, ExtractedActor>();
  for (const r of recs) {
    const id = idOf(r);
    if (b.onlyConnected && !used.has(id)) continue;
    const prev = byId.get(id);
    const node: ExtractedActor = { id, name: r.name, kind: r.kind, aliases: aliasesOf(r), mentions: r.mentions };
    byId.set(id, prev ? { ...prev, aliases: [...new Set([...prev.aliases, ...node.aliases])].sort(), mentions: prev.mentions + node.mentions } : node);
  }
  const relById = new Map<string, ExtractedEvent | ExtractedLink>();
  for (const r of [...events, ...links]) if (!relById.has(r.id)) relById.set(r.id, r);
  return {
    article: {
      id: b.id, title: b.input.title ?? b.clean.headline ?? '', published: b.published ?? null, source: b.input.source ?? null,
      url: b.input.url ?? null, sha256: b.sha256, cleanText: b.clean.cleanText,
    },
    nodes: [...byId.values()].sort((x, y) => x.id.localeCompare(y.id)),
    relationships: [...relById.values()].sort((x, y) => x.start - y.start || x.type.localeCompare(y.type) || x.source.localeCompare(y.source) || x.target.localeCompare(y.target)),
  };
}
