// Whether a pid is alive, and stopping a process known only by its pid (a
// detached child started by another process): SIGTERM, then SIGKILL.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Whether a process with this pid exists (signal 0 only checks). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // NOTE: EPERM means it exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether pid runs a JVM with this main class, read from /proc (Linux). False
 * where there is no /proc: callers then never signal a pid they cannot check,
 * since a recorded pid may have been reused by an unrelated process.
 */
export function runsMainClass(pid: number, mainClass: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(mainClass);
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL after graceMs; resolves once the pid is gone (true) or after another graceMs (false). */
export async function stopPid(pid: number, graceMs: number, pollMs = 100): Promise<boolean> {
  const signal = (s: NodeJS.Signals): void => {
    try {
      process.kill(pid, s);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const waitGone = async (ms: number): Promise<boolean> => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (!processAlive(pid)) return true;
      await sleep(pollMs);
    }
    return !processAlive(pid);
  };
  if (await waitGone(graceMs)) return true;
  signal('SIGKILL');
  return waitGone(graceMs);
}
