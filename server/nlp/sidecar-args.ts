// The command line of the NLP sidecar's JVM: flags, classpath, main class and
// the sidecar's own options. Never the token: it goes to stdin.
import { SIDECAR_MAIN_CLASS } from './sidecar-build.ts';

export interface SidecarArgs {
  readonly classpath: string;
  readonly heap: string;
  readonly port: number;
  readonly threads: number;
  readonly maxChars: number;
  /** Set: a detached sidecar that exits after this many idle seconds (0: never) and ignores stdin EOF. */
  readonly idleExitSeconds?: number;
}

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  // NOTE: an idle sidecar gives its unused heap back to the OS after a minute
  // (G1 otherwise keeps what the largest article made it commit).
  '-XX:G1PeriodicGCInterval=60000',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djava.awt.headless=true',
  '-Dfile.encoding=UTF-8',
];

export function sidecarArgs(a: SidecarArgs): string[] {
  const detached = a.idleExitSeconds === undefined ? [] : ['--detached', '--idle-exit-seconds', String(a.idleExitSeconds)];
  return [
    `-Xmx${a.heap}`,
    ...JVM_FLAGS,
    '-cp',
    a.classpath,
    SIDECAR_MAIN_CLASS,
    '--port',
    String(a.port),
    '--threads',
    String(a.threads),
    '--max-chars',
    String(a.maxChars),
    ...detached,
  ];
}
