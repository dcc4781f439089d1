// Status and stop of the NLP sidecar recorded in DATA_DIR/nlp.runtime.json
// (`npm run nlp -- --status | --stop`): a shared, detached sidecar is stopped
// (SIGTERM, then SIGKILL); the one a running server owns is left alone.
import { processAlive } from '../java/process-alive.ts';
import { clearNlpRuntime, readNlpRuntime, type NlpRuntime } from './nlp-runtime-file.ts';
import { checkRecordedSidecar, isOurSidecar, stopRecordedSidecar } from './recorded-sidecar.ts';
import type { SidecarHealth } from './sidecar-client.ts';

export type SharedSidecarStatus =
  | { readonly running: false; readonly reason: string }
  | { readonly running: true; readonly info: Omit<NlpRuntime, 'token'>; readonly health: SidecarHealth };

/** What DATA_DIR/nlp.runtime.json records and whether it answers (starts nothing). */
export async function sharedSidecarStatus(dataDir: string): Promise<SharedSidecarStatus> {
  const runtime = readNlpRuntime(dataDir);
  if (!runtime) return { running: false, reason: 'no NLP sidecar is recorded' };
  const health = await checkRecordedSidecar(runtime);
  if (!health.ok) return { running: false, reason: `the recorded NLP sidecar does not answer: ${health.message}` };
  const { token: _token, ...info } = runtime;
  return { running: true, info, health: health.health };
}

export type StopResult =
  | { readonly stopped: true; readonly pid: number }
  | { readonly stopped: false; readonly reason: 'none' | 'owned-by-server'; readonly message: string };

/** Stops the detached sidecar recorded under dataDir; refuses the one a running server owns. */
export async function stopSharedSidecar(dataDir: string): Promise<StopResult> {
  const runtime = readNlpRuntime(dataDir);
  if (!runtime) return { stopped: false, reason: 'none', message: 'no NLP sidecar is recorded' };
  if (!runtime.detached && processAlive(runtime.ownerPid)) {
    return { stopped: false, reason: 'owned-by-server', message: `the NLP sidecar (pid ${runtime.pid}) belongs to the server (pid ${runtime.ownerPid}); stop the server instead` };
  }
  if (!isOurSidecar(runtime, await checkRecordedSidecar(runtime))) {
    clearNlpRuntime(dataDir, runtime.pid);
    return { stopped: false, reason: 'none', message: `the recorded NLP sidecar (pid ${runtime.pid}) is not running` };
  }
  await stopRecordedSidecar(dataDir, runtime);
  return { stopped: true, pid: runtime.pid };
}
