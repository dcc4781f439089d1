// Checks that every runtime dependency (what ships in the server or the
// client bundle: the non-dev packages of package-lock.json) carries a licence
// compatible with the project's Apache-2.0, and that the GPL Java components
// (Neo4j, Stanford CoreNLP) stay out of the repository. Exits 1 naming any
// problem.
//
// NOTE: Neo4j and CoreNLP are not npm packages (any GPL package in the npm
// tree fails the first check): Maven fetches them from Maven Central into
// ~/.m2 when scripts/neo4j and scripts/nlp are built, and they run as
// separate JVMs (NOTICE). The second check keeps it so: no jar, class file
// or serialized CoreNLP model is in the repository (tracked, or untracked and
// not ignored), and the Maven build folders are git-ignored.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Permissive licences that may be combined with Apache-2.0 code. */
const ALLOWED = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0', 'Unlicense', 'Python-2.0', 'CC-BY-4.0', 'MIT-0', 'Zlib']);
/** Data licences allowed for data packages, with attribution in NOTICE. */
const ALLOWED_DATA = new Map([['world-countries', 'ODbL-1.0']]);

const Lock = z.object({
  packages: z.record(z.string(), z.object({ license: z.string().optional(), dev: z.boolean().optional(), devOptional: z.boolean().optional(), optional: z.boolean().optional() })),
});

/** True when an SPDX expression can be satisfied by allowed licences. */
export function spdxAllowed(expr: string): boolean {
  const e = expr.replace(/[()]/g, ' ').trim();
  if (/\bOR\b/.test(e)) return e.split(/\bOR\b/).some((p) => spdxAllowed(p));
  if (/\bAND\b/.test(e)) return e.split(/\bAND\b/).every((p) => spdxAllowed(p));
  return ALLOWED.has(e.trim());
}

const Manifest = z.object({
  license: z.union([z.string(), z.object({ type: z.string() })]).optional(),
  licenses: z.array(z.object({ type: z.string() })).optional(),
});

/** The licence a package declares: the lock's field, else its package.json (old packages use `licenses`). */
function declaredLicense(where: string, fromLock: string | undefined): string {
  if (fromLock !== undefined) return fromLock;
  try {
    const m = Manifest.parse(JSON.parse(readFileSync(path.join(root, where, 'package.json'), 'utf8')));
    if (typeof m.license === 'string') return m.license;
    if (m.license) return m.license.type;
    if (m.licenses && m.licenses.length > 0) return m.licenses.map((l) => l.type).join(' OR ');
  } catch {
    // not installed (an optional dependency for another platform): unknown
  }
  return 'UNKNOWN';
}

const root = path.resolve(import.meta.dirname, '..');
const lock = Lock.parse(JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')));
const bad: string[] = [];
let checked = 0;
for (const [where, pkg] of Object.entries(lock.packages)) {
  if (where === '' || pkg.dev === true || pkg.devOptional === true) continue;
  const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
  checked++;
  const license = declaredLicense(where, pkg.license);
  if (ALLOWED_DATA.get(name) === license) continue;
  if (!spdxAllowed(license)) bad.push(`${name}: ${license}`);
}
if (bad.length > 0) {
  console.error(`runtime dependencies with licences incompatible with Apache-2.0:\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
console.log(`licences: ${checked} runtime packages checked, all compatible with Apache-2.0`);

/** Java build output and models that must never be committed (the Maven wrappers here are script-only). */
const JAVA_BINARY = /\.(jar|war|class)$|\.ser(\.gz)?$|(^|\/)target\//;
const MAVEN_TARGETS = ['scripts/neo4j/target/', 'scripts/nlp/target/'];

function repositoryFiles(): string[] | undefined {
  try {
    return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\0')
      .filter((f) => f !== '');
  } catch {
    return undefined;
  }
}

const ignored = readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n').map((l) => l.trim());
const unignored = MAVEN_TARGETS.filter((t) => !ignored.includes(t));
const files = repositoryFiles();
const vendored = files?.filter((f) => JAVA_BINARY.test(f)) ?? [];
if (unignored.length > 0 || vendored.length > 0) {
  if (unignored.length > 0) console.error(`Maven build folders not in .gitignore (they hold GPL jars or point at them): ${unignored.join(', ')}`);
  if (vendored.length > 0) console.error(`Java binaries in the repository (GPL components are fetched by Maven, never vendored):\n  ${vendored.join('\n  ')}`);
  process.exit(1);
}
console.log(
  files === undefined
    ? 'licences: not a git checkout, vendored Java binaries not checked; Maven build folders are git-ignored'
    : `licences: ${files.length} repository files checked, no vendored Java binaries (Neo4j, CoreNLP come from Maven Central)`,
);
