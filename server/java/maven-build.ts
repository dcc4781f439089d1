// Builds one of the project's Maven projects (scripts/neo4j, scripts/nlp) with
// its Maven wrapper, once: the build is reused while a stamp in target/ is
// newer than the pom, the wrapper settings and every file under src/. A lock
// file keeps two processes from building the same project at once.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JavaErrorFactory } from './java-error.ts';
import { acquireFileLock } from './file-lock.ts';
import { MavenProgress, SegmentSplitter } from './maven-progress.ts';

export interface MavenProject {
  /** The project folder: pom.xml, mvnw, src/. */
  readonly dir: string;
  /** Fully qualified main class; the build must produce its .class file. */
  readonly mainClass: string;
  /** What is built, for messages: "the Neo4j launcher". */
  readonly label: string;
  /** Folders or files under target/ removed before a rebuild (stale jars would stay on the classpath). */
  readonly clean: readonly string[];
  /** The -cp value from target/; undefined when the build output is incomplete (then it is rebuilt). */
  classpath(target: string): string | undefined;
  readonly error: JavaErrorFactory;
  /**
   * Receives progress messages (downloads) while Maven runs; Maven then runs
   * without -q/-B to print transfer progress. Unset: a quiet build.
   */
  readonly progress?: (message: string) => void;
}

export interface MavenBuild {
  readonly classpath: string;
}

const LOCK_STALE_MS = 15 * 60_000;
const OUTPUT_TAIL_CHARS = 4_000;
const WRAPPER_SETTINGS = path.join('.mvn', 'wrapper', 'maven-wrapper.properties');

const inFlight = new Map<string, Promise<MavenBuild>>();

const mtime = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const target = (p: MavenProject): string => path.join(p.dir, 'target');
const stamp = (p: MavenProject): string => path.join(target(p), 'actorgraph-build.stamp');
const mainClassFile = (p: MavenProject): string => path.join(target(p), 'classes', ...p.mainClass.split('.')) + '.class';

/** pom.xml, the wrapper settings and every file under src/. */
export function sourceFiles(dir: string): string[] {
  const files = [path.join(dir, 'pom.xml'), path.join(dir, WRAPPER_SETTINGS)];
  const src = path.join(dir, 'src');
  if (existsSync(src)) {
    for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  return files;
}

function upToDate(p: MavenProject): MavenBuild | undefined {
  const built = mtime(stamp(p));
  if (built === 0 || !existsSync(mainClassFile(p))) return undefined;
  if (!sourceFiles(p.dir).every((f) => mtime(f) < built)) return undefined;
  const classpath = p.classpath(target(p));
  return classpath === undefined ? undefined : { classpath };
}

function runMaven(p: MavenProject): Promise<void> {
  const win = process.platform === 'win32';
  const wrapper = path.join(p.dir, win ? 'mvnw.cmd' : 'mvnw');
  // NOTE: each pom binds its dependency step (copy to lib/, or the classpath file) to the compile phase.
  const args = p.progress ? ['-Dstyle.color=never', 'compile'] : ['-q', '-B', 'compile'];
  const progress = p.progress ? { report: p.progress, parser: new MavenProgress() } : undefined;
  return new Promise((resolve, reject) => {
    let output = '';
    const splitter = new SegmentSplitter();
    const take = (lines: string[]): void => {
      for (const line of lines) {
        if (progress) {
          const message = progress.parser.line(line);
          if (message !== undefined) progress.report(message);
          if (MavenProgress.isTransferLine(line)) continue;
        }
        output = `${output}${line}\n`.slice(-OUTPUT_TAIL_CHARS);
      }
    };
    const child = spawn(win ? wrapper : 'sh', win ? args : [wrapper, ...args], {
      cwd: p.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: win,
    });
    child.stdout.on('data', (chunk: Buffer) => take(splitter.feed(chunk.toString())));
    child.stderr.on('data', (chunk: Buffer) => take(splitter.feed(chunk.toString())));
    child.once('error', (e) => reject(p.error('build-failed', `could not run ${wrapper}: ${e.message}`, e)));
    child.once('close', (code) => {
      take(splitter.end());
      if (code === 0) resolve();
      else reject(p.error('build-failed', `building ${p.label} in ${p.dir} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

async function build(p: MavenProject): Promise<MavenBuild> {
  const done = upToDate(p);
  if (done) return done;
  const release = await acquireFileLock(path.join(target(p), 'actorgraph-build.lock'), { staleMs: LOCK_STALE_MS, pollMs: 500 });
  try {
    // Another process may have finished the build while this one waited.
    const built = upToDate(p);
    if (built) return built;
    p.progress?.(`building ${p.label} with Maven (${p.dir}) …`);
    for (const name of [...p.clean, 'classes']) rmSync(path.join(target(p), name), { recursive: true, force: true });
    await runMaven(p);
    if (!existsSync(mainClassFile(p))) {
      throw p.error('build-failed', `the Maven build in ${p.dir} produced no ${p.mainClass}`);
    }
    writeFileSync(stamp(p), new Date().toISOString());
    const classpath = p.classpath(target(p));
    if (classpath === undefined) throw p.error('build-failed', `the Maven build of ${p.label} in ${p.dir} left no usable classpath`);
    return { classpath };
  } finally {
    release();
  }
}

/** Builds the project unless an up-to-date build exists; throws build-failed with Maven's output. */
export function ensureMavenBuilt(p: MavenProject): Promise<MavenBuild> {
  const key = path.resolve(p.dir);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = build(p).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}
