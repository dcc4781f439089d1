// Finds the Java 17+ that runs the local Neo4j, and defines the error type of
// the local-Neo4j modules (a stable `code`, the `cause` kept).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const MIN_JAVA_MAJOR = 17;

export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'NEO4J_BUILD_FAILED'
  | 'NEO4J_START_TIMEOUT'
  | 'NEO4J_EXITED';

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';

  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface JavaRuntime {
  /** Executable to spawn: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
  readonly command: string;
  readonly major: number;
  /** The first line of `java -version`, for messages. */
  readonly description: string;
}

const USE_EXISTING = 'or set NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to use an existing Neo4j instead';

function javaCommand(): string {
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

async function runVersion(command: string): Promise<string> {
  // NOTE: `java -version` prints to stderr.
  const { stdout, stderr } = await promisify(execFile)(command, ['-version'], { timeout: 30_000 });
  return `${stderr}${stdout}`;
}

/** Locates Java and checks that it is 17 or newer; throws JAVA_MISSING or JAVA_TOO_OLD otherwise. */
export async function findJava(): Promise<JavaRuntime> {
  const command = javaCommand();
  let output: string;
  try {
    output = await runVersion(command);
  } catch (e) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `The local Neo4j needs Java ${MIN_JAVA_MAJOR}+, but "${command} -version" failed: install a JDK ${MIN_JAVA_MAJOR}+ (or set JAVA_HOME), ${USE_EXISTING}.`,
      { cause: e },
    );
  }
  const major = parseJavaMajor(output);
  const description = output.split('\n')[0]?.trim() ?? '';
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new LocalNeo4jError(
      'JAVA_TOO_OLD',
      `The local Neo4j needs Java ${MIN_JAVA_MAJOR}+, but ${command} is "${description}": install a JDK ${MIN_JAVA_MAJOR}+ (or point JAVA_HOME at one), ${USE_EXISTING}.`,
    );
  }
  return { command, major, description };
}
