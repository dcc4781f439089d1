// A synthetic but realistic world for benchmarks: states, government bodies,
// groups and people with aliases; event edges whose degrees follow a
// heavy-tailed (Zipf) distribution — a few actors take part in most events —
// with dates across years and evidence sentences. Deterministic per seed.
import { createHash } from 'node:crypto';
import { rng } from './rng.ts';
import type { ActorKind, EventType, Extraction, ExtractedActor, ExtractedEvent } from '../../server/extract/types.ts';

const SYLLABLES = ['ru', 'ta', 'ni', 'a', 'fre', 'do', 'sy', 'lva', 'bor', 'gu', 'mar', 'ko', 'vel', 'za', 'lin', 'dor', 'pa', 'ne', 'ost', 'ka'];
const KIND_SHARE: readonly [ActorKind, number][] = [['Country', 0.05], ['GovernmentBody', 0.25], ['Organization', 0.2], ['Group', 0.1], ['Person', 0.4]];
const VERBS: Record<EventType, readonly string[]> = {
  ATTACKED: ['attacked', 'hacked', 'struck', 'targeted'],
  SANCTIONED: ['sanctioned', 'blacklisted', 'imposed sanctions on'],
  EXPELLED: ['expelled diplomats of', 'ordered out the envoys of'],
  DENIED: ['rejected accusations by', 'denied claims of'],
};
const TYPES: readonly [EventType, number][] = [['ATTACKED', 0.4], ['SANCTIONED', 0.3], ['EXPELLED', 0.15], ['DENIED', 0.15]];

function pick<T>(r: () => number, table: readonly [T, number][]): T {
  let x = r();
  for (const [v, p] of table) if ((x -= p) <= 0) return v;
  return table[table.length - 1]![0];
}

function name(r: () => number, parts: number): string {
  let s = '';
  for (let i = 0; i < parts; i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface WorldOptions {
  readonly actors: number;
  readonly events: number;
  readonly articles: number;
  readonly seed: number;
}

/** Zipf-like index in [0, n): actor i is picked with weight 1/(i+1)^s. */
function zipf(r: () => number, n: number, s = 1.1): number {
  const x = r();
  // NOTE: inverse-CDF approximation of a bounded power law; exact enough for a heavy tail.
  const i = Math.floor(Math.pow(n + 1, Math.pow(x, 1 / (1 + (s - 1) * 2))) - 1);
  return Math.min(n - 1, Math.max(0, i));
}

export function makeActors(opts: WorldOptions): ExtractedActor[] {
  const r = rng(opts.seed);
  const out: ExtractedActor[] = [];
  for (let i = 0; i < opts.actors; i++) {
    const kind = pick(r, KIND_SHARE);
    const base = `${name(r, 2 + Math.floor(r() * 2))}${kind === 'Person' ? ` ${name(r, 2)}` : ''} ${i}`;
    const full = kind === 'GovernmentBody' ? `Ministry of ${base}` : kind === 'Group' ? `APT-${base}` : base;
    out.push({ id: `${kind.toLowerCase()}:w${i}`, name: full, kind, aliases: [`${base} alias`, `${full.slice(0, 3).toUpperCase()}${i}`], mentions: 1 });
  }
  return out;
}

/** The world's events grouped into `articles` extractions (ids stable for a seed). */
export function* makeArticles(opts: WorldOptions, actors: readonly ExtractedActor[]): Generator<Extraction> {
  const r = rng(opts.seed + 1);
  const perArticle = Math.ceil(opts.events / opts.articles);
  let made = 0;
  for (let a = 0; a < opts.articles && made < opts.events; a++) {
    const articleId = `article:synthetic-${opts.seed}-${a}`;
    const used = new Map<string, ExtractedActor>();
    const events: ExtractedEvent[] = [];
    let text = '';
    for (let k = 0; k < perArticle && made < opts.events; k++, made++) {
      const si = zipf(r, actors.length);
      let ti = zipf(r, actors.length);
      if (ti === si) ti = (si + 1 + Math.floor(r() * (actors.length - 1))) % actors.length;
      const s = actors[si]!;
      const t = actors[ti]!;
      const type = pick(r, TYPES);
      const verbs = VERBS[type];
      const sentence = `${s.name} ${verbs[Math.floor(r() * verbs.length)]} ${t.name}.`;
      const start = text.length;
      text += `${sentence} `;
      const year = 2010 + Math.floor(r() * 15);
      const month = 1 + Math.floor(r() * 12);
      const id = createHash('sha256').update(`${articleId}|${k}`).digest('hex').slice(0, 16);
      events.push({ id, type, source: s.id, target: t.id, when: `${year}-${String(month).padStart(2, '0')}`, evidence: sentence, start, end: start + sentence.length, certainty: 'stated', claimedBy: null, denies: type === 'DENIED' ? 'ATTACKED' : null });
      used.set(s.id, s);
      used.set(t.id, t);
    }
    const sha256 = createHash('sha256').update(text).digest('hex');
    yield { article: { id: articleId, title: `Synthetic report ${a}`, published: '2024-01-01', source: 'Synthetic Wire', url: null, sha256, cleanText: text.trim() }, nodes: [...used.values()], relationships: events };
  }
}

/** The article texts of a world, for extraction benchmarks. */
export function articleText(x: Extraction): string {
  return `${x.article.title}\n\n${x.relationships.map((e) => e.evidence).join(' ')}\n`;
}
