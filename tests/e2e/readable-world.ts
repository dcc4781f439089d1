// The e2e fixture of the "readable at size" tests: a synthetic world of n
// actors whose names have the lengths of real news actors (short state names,
// long government bodies, people, groups with code names), with the events
// of scripts/bench/world.ts among them. Deterministic per seed.
import { createHash } from 'node:crypto';
import type { ActorKind, ExtractedActor, ExtractedEvent, Extraction } from '../../server/extract/types.ts';
import { makeArticles } from '../../scripts/bench/world.ts';
import { rng } from '../../scripts/bench/rng.ts';

const SYLLABLES = ['ru', 'ta', 'ni', 'a', 'fre', 'do', 'sy', 'lva', 'bor', 'gu', 'mar', 'ko', 'vel', 'za', 'lin', 'dor', 'pa', 'ne', 'ost', 'ka'];
const KINDS: readonly [ActorKind, number][] = [['Country', 0.15], ['GovernmentBody', 0.3], ['Organization', 0.15], ['Group', 0.1], ['Person', 0.3]];
/** Body names as the news gives them, from short to very long ({s}: the state's name). */
const BODIES = [
  'Ministry of Defence of {s}',
  'Foreign Intelligence Service of {s}',
  'Ministry of Foreign Affairs and International Cooperation of {s}',
  'National Cyber Security Centre of {s}',
  'Office of Foreign Assets Control of {s}',
  'Directorate-General for Economic and Financial Affairs of {s}',
  '{s} Armed Forces General Staff',
];
const ORGANIZATIONS = ['{s} National Oil Company', '{s} Telecom', 'United {s} Shipbuilding and Maritime Holding Corporation', '{s} Bank'];
const GROUPS = ['APT-{i} {s}', '{s} Cyber Army', 'Revolutionary {s} Front for the Liberation of the Western Provinces'];

function word(r: () => number, parts: number): string {
  let s = '';
  for (let i = 0; i < parts; i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pick<T>(r: () => number, table: readonly [T, number][]): T {
  let x = r();
  for (const [v, p] of table) if ((x -= p) <= 0) return v;
  return table[table.length - 1]![0];
}

const fill = (r: () => number, forms: readonly string[], s: string, i: number): string =>
  (forms[Math.floor(r() * forms.length)] ?? '{s}').replace('{s}', s).replace('{i}', String(i));

/** n actors with realistic names, every name unique. */
export function readableActors(n: number, seed: number): ExtractedActor[] {
  const r = rng(seed);
  const out: ExtractedActor[] = [];
  const names = new Set<string>();
  while (out.length < n) {
    const i = out.length;
    const kind = pick(r, KINDS);
    const state = word(r, 2 + Math.floor(r() * 2));
    const name =
      kind === 'Country' ? state
      : kind === 'GovernmentBody' ? fill(r, BODIES, state, 10 + i)
      : kind === 'Organization' ? fill(r, ORGANIZATIONS, state, 10 + i)
      : kind === 'Group' ? fill(r, GROUPS, state, 10 + i)
      : `${word(r, 2)} ${word(r, 2 + Math.floor(r() * 3))}`;
    if (names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    out.push({ id: `${kind.toLowerCase()}:readable-${seed}-${i}`, name, kind, aliases: [], mentions: 1 });
  }
  return out;
}

/**
 * The world's articles: about two events per actor (world.ts's heavy-tailed
 * degrees), ten to an article, and one more article in which every actor
 * those left out attacks a busy one, so that exactly n actors are drawn.
 */
export function readableWorld(n: number, seed: number): Extraction[] {
  const actors = readableActors(n, seed);
  const events = 2 * n;
  const out = [...makeArticles({ actors: n, events, articles: Math.ceil(events / 10), seed }, actors)];
  const used = new Set(out.flatMap((x) => x.nodes.map((a) => a.id)));
  const left = actors.filter((a) => !used.has(a.id));
  if (left.length === 0) return out;
  let text = '';
  const relationships: ExtractedEvent[] = left.map((s, k) => {
    const t = actors[k % 5] as ExtractedActor;
    const sentence = `${s.name} attacked ${t.name}.`;
    const start = text.length;
    text += `${sentence} `;
    return { id: `readable-${seed}-rest-${k}`, type: 'ATTACKED', source: s.id, target: t.id, when: '2024-02', evidence: sentence, start, end: start + sentence.length, certainty: 'stated', claimedBy: null, denies: null };
  });
  const nodes = [...left, ...actors.slice(0, Math.min(5, left.length))];
  const cleanText = text.trim();
  out.push({ article: { id: `article:readable-${seed}-rest`, title: 'Synthetic report: the rest', published: '2024-02-01', source: 'Synthetic Wire', url: null, sha256: createHash('sha256').update(cleanText).digest('hex'), cleanText }, nodes, relationships });
  return out;
}
