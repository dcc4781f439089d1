// `npm test`: lint, typecheck, licence check, then the unit, integration and
// end-to-end suites (the client is built first for e2e). Prints one line
// `N passed, N failed` summing every check and test; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'test-results');
const projects = ['unit', 'integration', 'e2e'] as const;

const VitestReport = z.object({ numPassedTests: z.number(), numFailedTests: z.number(), numPendingTests: z.number().optional(), success: z.boolean() });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function check(label: string, cmd: string, args: string[]): void {
  if (run(label, cmd, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

mkdirSync(OUT, { recursive: true });
const only = process.argv.slice(2);
const want = (name: string): boolean => only.length === 0 || only.includes(name);

if (want('lint')) check('lint', 'npx', ['eslint', '.']);
if (want('typecheck')) check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (want('licenses')) check('licenses', 'npx', ['tsx', 'scripts/check-licenses.ts']);
if (want('e2e')) check('build client', 'npx', ['vite', 'build', '--logLevel', 'warn']);

for (const project of projects) {
  if (!want(project)) continue;
  const file = path.join(OUT, `vitest-${project}.json`);
  rmSync(file, { force: true });
  const ok = run(project, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  try {
    const report = VitestReport.parse(JSON.parse(readFileSync(file, 'utf8')));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests ?? 0;
    if (!ok && report.numFailedTests === 0) {
      failed++;
      failures.push(`${project} (suite error)`);
    } else if (report.numFailedTests > 0) failures.push(project);
  } catch {
    failed++;
    failures.push(`${project} (no report)`);
  }
}

if (failures.length > 0) console.log(`\nfailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
