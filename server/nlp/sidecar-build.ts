// Builds the NLP sidecar (scripts/nlp) with its Maven wrapper, once
// (server/java/maven-build.ts). Its classpath is the compiled classes plus the
// CoreNLP jars listed in target/classpath.txt, which stay in the local Maven
// repository (~/.m2; the models jar alone is 474 MB). The first build
// downloads them; Maven's progress is reported, on stderr by default.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureMavenBuilt, type MavenBuild } from '../java/maven-build.ts';
import { nlpJavaError } from './nlp-error.ts';

export const SIDECAR_DIR = fileURLToPath(new URL('../../scripts/nlp/', import.meta.url));
export const SIDECAR_MAIN_CLASS = 'org.actorgraph.nlp.Sidecar';

const CLASSPATH_FILE = 'classpath.txt';

/** Writes build progress to stderr (stdout of a CLI may carry JSON). */
export const stderrProgress = (message: string): void => {
  process.stderr.write(`nlp build: ${message}\n`);
};

/** classes/ plus the jars of classpath.txt; undefined when the file or any jar is missing (then it is rebuilt). */
function sidecarClasspath(target: string): string | undefined {
  let listed: string;
  try {
    listed = readFileSync(path.join(target, CLASSPATH_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
  const jars = listed.split(path.delimiter).filter((j) => j !== '');
  // NOTE: a cleaned ~/.m2 leaves a classpath of missing jars; Maven fetches them again.
  if (jars.length === 0 || !jars.every((j) => existsSync(j))) return undefined;
  return [path.join(target, 'classes'), ...jars].join(path.delimiter);
}

/** Builds the sidecar unless an up-to-date build exists; throws NLP_BUILD_FAILED with Maven's output. */
export function ensureSidecarBuilt(progress: (message: string) => void = stderrProgress): Promise<MavenBuild> {
  return ensureMavenBuilt({
    dir: SIDECAR_DIR,
    mainClass: SIDECAR_MAIN_CLASS,
    label: 'the NLP sidecar',
    clean: [CLASSPATH_FILE],
    classpath: sidecarClasspath,
    error: nlpJavaError,
    progress,
  });
}
