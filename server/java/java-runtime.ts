// Finds the Java 17+ that runs the project's Java children (the local Neo4j,
// the NLP sidecar): $JAVA_HOME/bin/java, else `java` from PATH.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { JavaErrorFactory } from './java-error.ts';

export const MIN_JAVA_MAJOR = 17;

export interface JavaRuntime {
  /** Executable to spawn: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
  readonly command: string;
  readonly major: number;
  /** The first line of `java -version`, for messages. */
  readonly description: string;
}

export interface FindJavaOptions {
  /** Who needs Java, for messages: "The local Neo4j". */
  readonly who: string;
  /** What else the user can do, appended to messages: "or set NEO4J_URI … instead". */
  readonly alternative?: string;
  readonly error: JavaErrorFactory;
}

function javaCommand(): string {
  // NOTE: JAVA_HOME is the JDK's own convention, read here rather than in
  // server/config.ts because scripts and test set-ups start Java children too.
  const home = process.env['JAVA_HOME'];
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  if (home) {
    const candidate = path.join(home, 'bin', exe);
    if (existsSync(candidate)) return candidate;
  }
  return exe;
}

/** The major version in `java -version` output: `"17.0.15"` → 17, `"1.8.0_392"` → 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m?.[1]) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

const versions = new Map<string, Promise<string>>();

/** `command -version`, run once per process (Neo4j and the sidecar start in parallel, the sidecar again on restarts). */
function runVersion(command: string): Promise<string> {
  let version = versions.get(command);
  if (!version) {
    // NOTE: `java -version` prints to stderr.
    version = promisify(execFile)(command, ['-version'], { timeout: 30_000 }).then(({ stdout, stderr }) => `${stderr}${stdout}`);
    // A failure is not kept: Java may be installed before the next try.
    version.catch(() => versions.delete(command));
    versions.set(command, version);
  }
  return version;
}

/** Locates Java and checks that it is 17 or newer; throws java-missing or java-too-old otherwise. */
export async function findJava(opts: FindJavaOptions): Promise<JavaRuntime> {
  const command = javaCommand();
  const orElse = opts.alternative ? `, ${opts.alternative}` : '';
  let output: string;
  try {
    output = await runVersion(command);
  } catch (e) {
    throw opts.error(
      'java-missing',
      `${opts.who} needs Java ${MIN_JAVA_MAJOR}+, but "${command} -version" failed: install a JDK ${MIN_JAVA_MAJOR}+ (or set JAVA_HOME)${orElse}.`,
      e,
    );
  }
  const major = parseJavaMajor(output);
  const description = output.split('\n')[0]?.trim() ?? '';
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw opts.error(
      'java-too-old',
      `${opts.who} needs Java ${MIN_JAVA_MAJOR}+, but ${command} is "${description}": install a JDK ${MIN_JAVA_MAJOR}+ (or point JAVA_HOME at one)${orElse}.`,
    );
  }
  return { command, major, description };
}
