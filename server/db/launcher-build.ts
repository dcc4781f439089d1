// Builds the Java launcher of the local Neo4j (scripts/neo4j) with its Maven
// wrapper, once (server/java/maven-build.ts: a stamp, a lock). Its classpath
// is the compiled classes plus every jar copied to target/lib.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureMavenBuilt, type MavenBuild } from '../java/maven-build.ts';
import { localNeo4jError } from './local-neo4j-error.ts';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../scripts/neo4j/', import.meta.url));
export const LAUNCHER_MAIN_CLASS = 'org.actorgraph.neo4j.Launcher';

export interface LauncherBuild extends MavenBuild {
  /** The -cp value: compiled classes plus every dependency jar (not a fat jar: Neo4j relies on ServiceLoader). */
  readonly classpath: string;
}

/** Builds the launcher unless an up-to-date build exists; throws NEO4J_BUILD_FAILED with Maven's output. */
export function ensureLauncherBuilt(): Promise<LauncherBuild> {
  return ensureMavenBuilt({
    dir: LAUNCHER_DIR,
    mainClass: LAUNCHER_MAIN_CLASS,
    label: 'the Neo4j launcher',
    // NOTE: stale jars of an older Neo4j version in lib/ would end up on the classpath.
    clean: ['lib'],
    classpath: (target) => [path.join(target, 'classes'), path.join(target, 'lib', '*')].join(path.delimiter),
    error: localNeo4jError,
  });
}
