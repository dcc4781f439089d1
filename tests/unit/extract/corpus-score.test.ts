// Scores the extractor on the shared dev corpus with the corpus's own scorer.
// Skipped when ../shared/corpus is not present next to the repository.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../../server/extract/extract.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const dev = path.join(corpus, 'dev');
const present = existsSync(path.join(corpus, 'score.mjs')) && existsSync(dev);

interface Score { article: string; precision: number; recall: number; f1: number; falsePositives: string[]; misses: string[] }
interface Gold { published: string }

function articles(): string[] {
  return present ? readdirSync(dev).filter((f) => f.endsWith('.txt')).sort() : [];
}

function extract(file: string) {
  const gold = JSON.parse(readFileSync(path.join(dev, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
  return extractArticle({ text: readFileSync(path.join(dev, file), 'utf8'), published: gold.published });
}

describe.skipIf(!present)('dev corpus', () => {
  it('scores albania F1 ≥ 0.90, macro F1 ≥ 0.85, and extracts nothing from a gold "not" list', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'actorgraph-score-'));
    try {
      const scores: Score[] = articles().map((file) => {
        const out = path.join(dir, file.replace(/\.txt$/, '.json'));
        writeFileSync(out, JSON.stringify(extract(file)));
        const gold = path.join(dev, file.replace(/\.txt$/, '.gold.json'));
        const r = spawnSync(process.execPath, [path.join(corpus, 'score.mjs'), gold, out, '--json'], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        return JSON.parse(r.stdout) as Score;
      });
      expect(scores.length).toBeGreaterThan(0);
      const albania = scores.find((s) => s.article.startsWith('albania'));
      if (albania) expect(albania.f1).toBeGreaterThanOrEqual(0.9);
      const macro = scores.reduce((n, s) => n + s.f1, 0) / scores.length;
      expect(macro).toBeGreaterThanOrEqual(0.85);
      const forbidden = scores.flatMap((s) => s.falsePositives.filter((fp) => fp.includes('(wrong:')).map((fp) => `${s.article}: ${fp}`));
      expect(forbidden).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.each(articles())('%s: every edge quotes its sentence at its offsets', (file) => {
    const x = extract(file);
    expect(x.relationships.length).toBeGreaterThan(0);
    for (const r of x.relationships) {
      expect(x.article.cleanText.slice(r.start, r.end)).toBe(r.evidence);
    }
  });
});
