// The runtime record of the local Neo4j: a second process waits while the
// owner restarts its Neo4j instead of opening the same store.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awaitRestart, readRuntime, restartingOwner, writeRuntime } from '../../../server/db/runtime-file.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-runtime-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A pid that surely is not running: a child that has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;

describe('the runtime record', () => {
  it('names a restarting owner only while the owner lives and its Neo4j does not', async () => {
    const owner = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const pid = owner.pid ?? 0;
      writeRuntime(dir, { boltUri: 'bolt://127.0.0.1:1', pid: deadPid(), owner: pid });
      expect(readRuntime(dir)).toBeUndefined();
      expect(restartingOwner(dir)).toBe(pid);
      // The owner records the restarted Neo4j (here: a live pid) while we wait.
      setTimeout(() => writeRuntime(dir, { boltUri: 'bolt://127.0.0.1:2', pid: process.pid, owner: pid }), 300);
      const back = await awaitRestart(dir, 10_000, 50);
      expect(back?.boltUri).toBe('bolt://127.0.0.1:2');
    } finally {
      owner.kill('SIGKILL');
    }
  });

  it('stops waiting when the owner is gone too', async () => {
    writeRuntime(dir, { boltUri: 'bolt://127.0.0.1:1', pid: deadPid(), owner: deadPid() });
    expect(restartingOwner(dir)).toBeUndefined();
    const t0 = Date.now();
    expect(await awaitRestart(dir, 10_000, 50)).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});
