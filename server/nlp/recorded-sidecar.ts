// Whether the sidecar recorded in DATA_DIR/nlp.runtime.json is the one that
// answers: its pid alive, and /health (with its token) naming that pid.
import { processAlive, runsMainClass, stopPid } from '../java/process-alive.ts';
import { NlpError, type NlpErrorCode } from './nlp-error.ts';
import { clearNlpRuntime, type NlpRuntime } from './nlp-runtime-file.ts';
import { SIDECAR_MAIN_CLASS } from './sidecar-build.ts';
import { SidecarClient, type SidecarHealth } from './sidecar-client.ts';

/** How long a stop waits after SIGTERM before SIGKILL. */
export const SIDECAR_STOP_GRACE_MS = 10_000;

export type RecordedHealth =
  | { readonly ok: true; readonly health: SidecarHealth }
  | { readonly ok: false; readonly code: NlpErrorCode | 'DEAD' | 'WRONG_PID'; readonly message: string };

/** Whether the recorded sidecar is alive and answers /health with its own pid. */
export async function checkRecordedSidecar(runtime: NlpRuntime): Promise<RecordedHealth> {
  if (!processAlive(runtime.pid)) return { ok: false, code: 'DEAD', message: `pid ${runtime.pid} is not running` };
  try {
    const health = await new SidecarClient(runtime).health();
    if (health.pid !== runtime.pid) return { ok: false, code: 'WRONG_PID', message: `port ${runtime.port} is served by pid ${health.pid}` };
    return { ok: true, health };
  } catch (e) {
    return { ok: false, code: e instanceof NlpError ? e.code : 'NLP_UNAVAILABLE', message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Whether the recorded pid is a sidecar of ours: it answers, or /proc shows that it still runs the sidecar's
 * main class (a hung one; a recorded pid may since have been reused by something else).
 */
export function isOurSidecar(runtime: NlpRuntime, health: RecordedHealth): boolean {
  return health.ok || (health.code !== 'DEAD' && runsMainClass(runtime.pid, SIDECAR_MAIN_CLASS));
}

/** Stops the recorded sidecar (SIGTERM, then SIGKILL) and removes its record. */
export async function stopRecordedSidecar(dataDir: string, runtime: NlpRuntime): Promise<void> {
  await stopPid(runtime.pid, SIDECAR_STOP_GRACE_MS);
  clearNlpRuntime(dataDir, runtime.pid);
}
