// The TypeScript scorer gives the same figures, misses and false positives as
// the corpus's own score.mjs on extractions built from the dev gold files
// (their entities as nodes under other spellings, their relations, their traps
// and wrong pairs). Skipped when the corpus (CORPUS_DIR, else ../shared/corpus) is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusArticles } from '../../../../scripts/eval/corpus-dir.ts';
import { readGoldFile, type GoldFile } from '../../../../scripts/eval/gold-file.ts';
import { scoreExtraction, type ScoredExtraction } from '../../../../scripts/eval/score.ts';
import { CORPUS_DIR } from '../../../support/corpus-dir.ts';

const corpus = CORPUS_DIR;
const present = existsSync(path.join(corpus, 'score.mjs')) && existsSync(path.join(corpus, 'dev'));
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-score-'));
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

/** An extraction that finds every other relation, one trap, a pair turned round, a merged node and an unknown actor. */
function extractionFrom(gold: GoldFile): ScoredExtraction {
  const nodes = gold.entities.map((e, i) => ({ id: `n${i}`, name: i % 2 === 0 ? e.name.toUpperCase() : `The ${e.name}.`, aliases: e.aliases?.slice(0, 1) ?? [] }));
  const idOf = (entity: string): string => `n${gold.entities.findIndex((e) => e.id === entity)}`;
  const first = gold.entities[0];
  const second = gold.entities[1];
  if (first && second) nodes.push({ id: 'merged', name: first.name, aliases: [second.name] });
  nodes.push({ id: 'nobody', name: 'Nobody In Particular', aliases: [] });
  const relationships = [
    ...gold.relations.filter((_, i) => i % 2 === 0).map((r) => ({ type: r.type, source: idOf(r.source), target: idOf(r.target) })),
    ...(gold.not ?? []).slice(0, 1).map((r) => ({ type: r.type, source: idOf(r.source), target: idOf(r.target) })),
    ...gold.relations.slice(0, 3).map((r) => ({ type: r.type, source: idOf(r.target), target: idOf(r.source) })),
    { type: 'ATTACKED', source: 'merged', target: 'n0' },
    { type: 'SANCTIONED', source: 'nobody', target: 'n1' },
    { type: 'PART_OF', source: 'n1', target: 'n0' },
  ];
  return { nodes, relationships };
}

const articles = present ? corpusArticles(path.join(corpus, 'dev')) : [];

describe.skipIf(!present)('the TypeScript scorer and score.mjs', () => {
  it.each(articles.map((a) => [a.name, a] as const))('agree on an extraction made from %s', (name, article) => {
    const gold = readGoldFile(article.goldFile);
    const ext = extractionFrom(gold);
    const file = path.join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(ext));
    const r = spawnSync(process.execPath, [path.join(corpus, 'score.mjs'), article.goldFile, file, '--json'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const theirs = JSON.parse(r.stdout) as Record<string, unknown>;
    const mine = scoreExtraction(gold, ext);
    expect({ precision: mine.precision, recall: mine.recall, f1: mine.f1, extracted: mine.extracted, correct: mine.correct, required: mine.required, misses: mine.misses, falsePositives: mine.falsePositives })
      .toEqual({ precision: theirs.precision, recall: theirs.recall, f1: theirs.f1, extracted: theirs.extracted, correct: theirs.correct, required: theirs.required, misses: theirs.misses, falsePositives: theirs.falsePositives });
  });
});
