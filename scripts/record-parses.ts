// CLI: `npm run record-parses [-- VITEST_FILTER...]` records the NLP parses
// the extractor's unit tests replay (tests/support/recorded-annotator.ts):
// runs the unit tests under tests/unit/extract with RECORD_PARSES=1, so that
// every text whose fixture is missing or was made by another pipeline is
// parsed by the shared NLP sidecar and written to tests/fixtures/parses/.
// After a full, passing run, fixtures no test used are deleted. With a filter
// nothing is deleted (the other tests' fixtures were not seen).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { PARSES_DIR } from '../tests/support/recorded-annotator.ts';
import { describeCliError } from './extract/cli-error.ts';
import { openCliAnnotator } from './extract/cli-annotator.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

async function main(filters: readonly string[]): Promise<number> {
  // Started (or found) once here, so that the test workers only connect to it.
  const { sidecar } = await openCliAnnotator({ cache: false });
  const info = sidecar.info();
  console.log(`recording with the NLP sidecar ${info.version}, pipeline ${info.pipeline}`);
  const used = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-record-parses-'));
  try {
    const run = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...(filters.length > 0 ? filters : ['tests/unit/extract/'])], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, RECORD_PARSES: '1', RECORD_PARSES_USED: used },
    });
    const notes = readdirSync(used).flatMap((f) => readFileSync(path.join(used, f), 'utf8').split('\n').filter(Boolean));
    const keys = new Set(notes.map((n) => n.split(' ')[1]));
    const wrote = new Set(notes.filter((n) => n.startsWith('wrote ')).map((n) => n.split(' ')[1]));
    let pruned = 0;
    if (run.status === 0 && filters.length === 0) {
      for (const f of existsSync(PARSES_DIR) ? readdirSync(PARSES_DIR) : []) {
        if (f.endsWith('.json') && !keys.has(f.slice(0, -'.json'.length))) {
          rmSync(path.join(PARSES_DIR, f));
          pruned++;
        }
      }
    } else if (filters.length === 0) console.log('the tests did not all pass: no fixture deleted');
    console.log(`${keys.size} parses used, ${wrote.size} recorded now, ${pruned} unused fixtures deleted (${path.relative(ROOT, PARSES_DIR)})`);
    return run.status ?? 1;
  } finally {
    rmSync(used, { recursive: true, force: true });
  }
}

new Command()
  .name('record-parses')
  .description('Record the NLP parses the extractor\'s unit tests replay (tests/fixtures/parses/)')
  .argument('[filter...]', 'only these test files (vitest filters); then no unused fixture is deleted')
  .action(async (filters: string[]) => {
    process.exitCode = await main(filters);
  })
  .parseAsync()
  .catch((e: unknown) => {
    console.error(`record-parses: ${describeCliError(e)}`);
    process.exitCode = 1;
  });
