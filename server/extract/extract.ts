// The extractor's entry point: clean → sentences → actors → events → dates →
// evidence, producing the Extraction contract of types.ts. Pure and
// deterministic: the same input always gives the same output.
import type {
  ArticleInput, ExtractedActor, ExtractedEvent, ExtractedLink, Extraction,
} from './types.ts';
import { articleId, actorId, relationId, sha256Hex } from './ids.ts';
import { cleanArticle } from './clean.ts';
import { splitSentences } from './sentences.ts';
import { ActorRegistry } from './registry.ts';
import { findMentions } from './mentions.ts';
import type { Mention, MentionContext } from './mentions.ts';
import { readSentence } from './events.ts';
import { Discourse } from './discourse.ts';
import { whenOf, parseIsoDate } from './dates.ts';
import { linksOf } from './links.ts';
import { affiliateOfficials } from './office-affiliation.ts';
import { SUPRANATIONAL } from './lexicon/institutions.ts';
import { COUNTRIES, COUNTRY_FORMS } from './lexicon/countries.ts';
import { countryKey } from './actor-keys.ts';

export interface ExtractOptions {
  /** Drop actors that take part in no event or link (keeps the graph small). */
  readonly onlyConnected?: boolean;
}

const wordIn = (text: string, name: string): boolean => text.includes(name) && new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

/** Extracts actors, events and links from one article; see the module comment. */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): Extraction {
  const raw = input.text;
  const id = articleId(raw);
  const clean = cleanArticle(raw);
  const published = input.published ?? clean.published;
  const pubDate = parseIsoDate(published);
  const sentences = splitSentences(clean.cleanText, clean.paragraphs);
  const registry = new ActorRegistry();
  const ctx: MentionContext = {
    registry,
    presentSupra: new Set(SUPRANATIONAL.filter((s) => [s.name, ...s.aliases].some((a) => wordIn(clean.cleanText, a))).map((s) => s.name)),
    presentCountries: new Set(COUNTRIES.filter((c) => wordIn(clean.cleanText, c.name)).map((c) => c.name)),
    skip: clean.dateline,
    lastCountry: null,
    titles: new Map(),
  };
  // The body is read first: headlines and captions use short forms ("Acme hack")
  // of names the body introduces in full, and their title case hides names.
  const mentions: Mention[][] = sentences.map(() => []);
  const order = [...sentences.filter((s) => s.role === 'body'), ...sentences.filter((s) => s.role !== 'body')];
  for (const s of order) mentions[s.index] = findMentions(s, ctx);
  affiliateOfficials(registry, ctx.titles, clean.dateline?.city ?? null);

  const discourse = new Discourse(registry, homeCountry(registry, clean.dateline?.city ?? null));
  const kindOf = (key: string): string | undefined => registry.get(key)?.kind;
  sentences.forEach((s, k) => discourse.add(readSentence(s, mentions[k] ?? [], kindOf)));
  const resolved = discourse.finish();

  const idOf = (key: string): string => {
    const rec = registry.get(key);
    return rec ? actorId(rec.kind, rec.name) : key;
  };
  const events: ExtractedEvent[] = resolved.map((e) => {
    const s = sentences[e.sentence];
    if (!s) throw new Error(`internal: event in missing sentence ${e.sentence}`);
    const source = idOf(e.source);
    const target = idOf(e.target);
    const offset = (s.tokens[e.trigger]?.start ?? s.start) - s.start;
    return {
      id: relationId(e.type, source, target, id, s.start), type: e.type, source, target,
      when: whenOf(s.text, offset, pubDate), certainty: e.certainty, claimedBy: e.claimedBy, denies: e.denies,
      evidence: s.text, start: s.start, end: s.end,
    };
  });
  const links: ExtractedLink[] = linksOf(registry, sentences, id, idOf);
  const used = new Set([...events, ...links].flatMap((r) => [r.source, r.target]));
  const nodes: ExtractedActor[] = registry.all()
    .filter((r) => r.mentions > 0 && (!options.onlyConnected || used.has(idOf(r.key))))
    .map((r) => ({ id: idOf(r.key), name: r.name, kind: r.kind, aliases: [...r.aliases].filter((a) => a !== r.name).sort(), mentions: r.mentions }));
  const byId = new Map<string, ExtractedActor>();
  for (const n of nodes) {
    const prev = byId.get(n.id);
    byId.set(n.id, prev ? { ...prev, aliases: [...new Set([...prev.aliases, ...n.aliases])].sort(), mentions: prev.mentions + n.mentions } : n);
  }
  const relById = new Map<string, ExtractedEvent | ExtractedLink>();
  for (const r of [...events, ...links]) if (!relById.has(r.id)) relById.set(r.id, r);
  return {
    article: {
      id, title: input.title ?? clean.headline ?? '', published: published ?? null, source: input.source ?? null,
      url: input.url ?? null, sha256: sha256Hex(raw), cleanText: clean.cleanText,
    },
    nodes: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)),
    relationships: [...relById.values()].sort((a, b) => a.start - b.start || a.type.localeCompare(b.type) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)),
  };
}

/** The state of the dateline city ("PRAGUE —"), when the article names that state. */
function homeCountry(reg: ActorRegistry, city: string | null): string | null {
  if (!city) return null;
  const form = COUNTRY_FORMS.get(city.charAt(0) + city.slice(1).toLowerCase());
  const rec = form ? reg.get(countryKey(form.country)) : undefined;
  return rec && rec.mentions > 0 ? rec.key : null;
}

/** True when an extraction found no actor at all (the loader refuses such text). */
export function hasNoActors(x: Extraction): boolean {
  return x.nodes.length === 0;
}
