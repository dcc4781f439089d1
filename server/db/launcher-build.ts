// Builds the Java launcher of the local Neo4j (scripts/neo4j) with its Maven
// wrapper, once: the build is reused while a stamp in target/ is newer than
// pom.xml and Launcher.java. A lock file keeps two processes from building at once.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { LocalNeo4jError } from './java-runtime.ts';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../scripts/neo4j/', import.meta.url));
export const LAUNCHER_MAIN_CLASS = 'org.actorgraph.neo4j.Launcher';

const TARGET = path.join(LAUNCHER_DIR, 'target');
const STAMP = path.join(TARGET, 'actorgraph-build.stamp');
const LOCK = path.join(TARGET, 'actorgraph-build.lock');
const SOURCES = ['pom.xml', 'src/main/java/org/actorgraph/neo4j/Launcher.java', '.mvn/wrapper/maven-wrapper.properties'];
const LOCK_STALE_MS = 15 * 60_000;
const OUTPUT_TAIL_CHARS = 4_000;

export interface LauncherBuild {
  /** The -cp value: compiled classes plus every dependency jar (not a fat jar: Neo4j relies on ServiceLoader). */
  readonly classpath: string;
}

let inFlight: Promise<LauncherBuild> | undefined;

const mtime = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

function isUpToDate(): boolean {
  const built = mtime(STAMP);
  return built > 0 && SOURCES.every((f) => mtime(path.join(LAUNCHER_DIR, f)) < built);
}

const classpath = (): string =>
  [path.join(TARGET, 'classes'), path.join(TARGET, 'lib', '*')].join(path.delimiter);

/** Takes the build lock, waiting while another process holds it; returns the release function. */
async function acquireLock(): Promise<() => void> {
  mkdirSync(TARGET, { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      return () => rmSync(LOCK, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // NOTE: a lock left by a killed build would otherwise block every later start.
      if (Date.now() - mtime(LOCK) > LOCK_STALE_MS) rmSync(LOCK, { force: true });
      else await sleep(500);
    }
  }
}

function runMaven(): Promise<void> {
  const win = process.platform === 'win32';
  const wrapper = path.join(LAUNCHER_DIR, win ? 'mvnw.cmd' : 'mvnw');
  // NOTE: the dependency copy is bound to the compile phase, so `compile` yields classes + lib/.
  const args = ['-q', '-B', 'compile'];
  return new Promise((resolve, reject) => {
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
    };
    const child = spawn(win ? wrapper : 'sh', win ? args : [wrapper, ...args], {
      cwd: LAUNCHER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: win,
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (e) => reject(new LocalNeo4jError('NEO4J_BUILD_FAILED', `could not run ${wrapper}: ${e.message}`, { cause: e })));
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new LocalNeo4jError('NEO4J_BUILD_FAILED', `building the Neo4j launcher in ${LAUNCHER_DIR} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

async function build(): Promise<LauncherBuild> {
  if (isUpToDate()) return { classpath: classpath() };
  const release = await acquireLock();
  try {
    // Another process may have finished the build while this one waited.
    if (isUpToDate()) return { classpath: classpath() };
    // NOTE: stale jars of an older Neo4j version in lib/ would end up on the classpath.
    rmSync(path.join(TARGET, 'lib'), { recursive: true, force: true });
    rmSync(path.join(TARGET, 'classes'), { recursive: true, force: true });
    await runMaven();
    if (!existsSync(path.join(TARGET, 'classes', ...LAUNCHER_MAIN_CLASS.split('.')) + '.class')) {
      throw new LocalNeo4jError('NEO4J_BUILD_FAILED', `the Maven build in ${LAUNCHER_DIR} produced no ${LAUNCHER_MAIN_CLASS}`);
    }
    writeFileSync(STAMP, new Date().toISOString());
    return { classpath: classpath() };
  } finally {
    release();
  }
}

/** Builds the launcher unless an up-to-date build exists; throws NEO4J_BUILD_FAILED with Maven's output. */
export function ensureLauncherBuilt(): Promise<LauncherBuild> {
  inFlight ??= build().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}
