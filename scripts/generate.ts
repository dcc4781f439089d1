// `npm run generate -- --actors N --events M --articles K [--seed S] [--out DIR]`:
// writes a synthetic world as extraction JSON (one file per article, to load)
// and as article text (to extract). Deterministic for a given seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { articleText, makeActors, makeArticles } from './bench/world.ts';

const int = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive whole number');
  return n;
};

const o = new Command()
  .name('generate')
  .option('--actors <n>', 'actors in the world', int, 1_000)
  .option('--events <n>', 'event edges', int, 10_000)
  .option('--articles <n>', 'articles the events are spread over', int, 100)
  .option('--seed <n>', 'random seed', int, 42)
  .option('--out <dir>', 'output folder', 'data/generated')
  .parse()
  .opts<{ actors: number; events: number; articles: number; seed: number; out: string }>();

const actors = makeActors(o);
mkdirSync(path.join(o.out, 'json'), { recursive: true });
mkdirSync(path.join(o.out, 'text'), { recursive: true });
let n = 0;
let events = 0;
for (const x of makeArticles(o, actors)) {
  const name = x.article.id.replace(/[^a-z0-9-]/gi, '_');
  writeFileSync(path.join(o.out, 'json', `${name}.json`), JSON.stringify(x));
  writeFileSync(path.join(o.out, 'text', `${name}.txt`), articleText(x));
  n++;
  events += x.relationships.length;
}
console.log(`wrote ${n} articles, ${events} events, ${actors.length} actors to ${o.out}/{json,text}`);
