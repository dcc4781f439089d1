// Where the tests find the shared annotated corpus (score.mjs, dev/, check/):
// CORPUS_DIR when set, else ../shared/corpus beside the repository. Tests
// that need it are skipped when it is absent.
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export const CORPUS_DIR = process.env.CORPUS_DIR ? path.resolve(process.env.CORPUS_DIR) : path.resolve(repoRoot, '../shared/corpus');
