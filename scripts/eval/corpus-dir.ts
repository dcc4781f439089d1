// The articles of a corpus directory: every NAME.txt that has a NAME.gold.json
// beside it, in name order.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface CorpusArticle {
  /** NAME, the file name without `.txt`. */
  readonly name: string;
  readonly textFile: string;
  readonly goldFile: string;
}

export function corpusArticles(dir: string): CorpusArticle[] {
  const files = new Set(readdirSync(dir));
  return [...files]
    .filter((f) => f.endsWith('.txt') && files.has(f.replace(/\.txt$/, '.gold.json')))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), textFile: path.join(dir, f), goldFile: path.join(dir, f.replace(/\.txt$/, '.gold.json')) }));
}

/**
 * A held-out directory (the corpus's `check/`): its figures may be printed,
 * never what was missed or wrongly found there, which would let its texts be
 * studied.
 */
export const isHeldOut = (dir: string): boolean => path.basename(path.resolve(dir)) === 'check';
