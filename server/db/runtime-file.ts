// A small file under DATA_DIR that says which local Neo4j is running (its
// Bolt URI and pid), so that a second process — `npm run load` while the app
// runs — uses that Neo4j instead of trying to open the same store twice.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { setTimeout as sleep } from 'node:timers/promises';
import { processAlive } from '../java/process-alive.ts';

export { processAlive } from '../java/process-alive.ts';

const Runtime = z.object({ boltUri: z.string(), pid: z.number().int(), owner: z.number().int() });
export type RuntimeInfo = z.infer<typeof Runtime>;

export const runtimeFile = (dataDir: string): string => path.join(dataDir, 'neo4j.runtime.json');

/** The record under dataDir, whether or not its processes are alive. */
function readRecord(dataDir: string): RuntimeInfo | undefined {
  try {
    return Runtime.parse(JSON.parse(readFileSync(runtimeFile(dataDir), 'utf8')));
  } catch {
    return undefined;
  }
}

/** The running local Neo4j recorded under dataDir, if its process is alive. */
export function readRuntime(dataDir: string): RuntimeInfo | undefined {
  const info = readRecord(dataDir);
  return info && processAlive(info.pid) ? info : undefined;
}

/**
 * The owner of a recorded local Neo4j that is not running, if that owner is
 * alive: it supervises the Neo4j and is restarting it, so another process
 * must wait for it rather than open the same store.
 */
export function restartingOwner(dataDir: string): number | undefined {
  const info = readRecord(dataDir);
  return info && !processAlive(info.pid) && info.owner !== process.pid && processAlive(info.owner) ? info.owner : undefined;
}

/** Waits until the record names a running Neo4j again, or its owner gives up or dies; the record then, if any. */
export async function awaitRestart(dataDir: string, timeoutMs: number, pollMs = 500): Promise<RuntimeInfo | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const info = readRuntime(dataDir);
    if (info) return info;
    if (restartingOwner(dataDir) === undefined) return undefined;
    await sleep(pollMs);
  }
  return readRuntime(dataDir);
}

/** Mode 0600: which port a local Neo4j listens on is nobody else's business. */
export function writeRuntime(dataDir: string, info: RuntimeInfo): void {
  const file = runtimeFile(dataDir);
  writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
  // NOTE: `mode` applies only when the file is created; an older one may be 0644.
  chmodSync(file, 0o600);
}

export function clearRuntime(dataDir: string, pid: number): void {
  if (readRuntime(dataDir)?.pid === pid) rmSync(runtimeFile(dataDir), { force: true });
}
