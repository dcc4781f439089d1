// A lock file between processes (builds of a Maven project, starts of the
// shared NLP sidecar): created exclusively, holding the owner's pid, removed
// on release. A lock whose owner is dead, or that is older than staleMs, is
// taken over, so that a killed process does not block every later one.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { processAlive } from './process-alive.ts';

export interface FileLockOptions {
  /** A lock older than this is stale whatever its owner; the longest a holder may legitimately take. */
  readonly staleMs: number;
  /** How often a waiter looks again; default 250 ms. */
  readonly pollMs?: number;
}

/** Stale when its owner's pid is dead, or when it is older than staleMs. */
function isStale(file: string, staleMs: number): boolean {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) return false;
  if (Date.now() - st.mtimeMs > staleMs) return true;
  let owner: number;
  try {
    owner = Number(readFileSync(file, 'utf8').trim());
  } catch {
    return false;
  }
  // NOTE: an empty file is a lock whose owner has not written its pid yet.
  return Number.isInteger(owner) && owner > 0 && !processAlive(owner);
}

/** Takes the lock, waiting while a live process holds it; returns the release function. */
export async function acquireFileLock(file: string, opts: FileLockOptions): Promise<() => void> {
  mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // NOTE: two waiters may both find it stale and one remove the lock the
      // other just took; both then run. The builds and starts it guards check
      // their result again once inside, so that costs time, not correctness.
      if (isStale(file, opts.staleMs)) rmSync(file, { force: true });
      else await sleep(opts.pollMs ?? 250);
    }
  }
}
