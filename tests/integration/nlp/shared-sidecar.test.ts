// The NLP sidecar CLIs share, for real, in a temporary DATA_DIR: a stale
// record (dead pid, nothing on its port) is replaced; two CLIs at once — one
// a separate process that exits — start only one detached sidecar, which
// outlives that process; later calls reuse it; the record is mode 0600; it
// stops on request, refuses to stop the server's own, and a detached sidecar
// exits by itself after its idle period.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { processAlive } from '../../../server/java/process-alive.ts';
import { nlpRuntimeFile, readNlpRuntime, writeNlpRuntime } from '../../../server/nlp/nlp-runtime-file.ts';
import { sharedSidecarStatus, stopSharedSidecar } from '../../../server/nlp/shared-sidecar-control.ts';
import { connectSharedSidecar, type SharedSidecar } from '../../../server/nlp/shared-sidecar.ts';
import { newSidecarToken } from '../../../server/nlp/sidecar-token.ts';
import { freePort, REPO_ROOT } from '../../support/run-server.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-nlp-shared-'));
const logs: string[] = [];
const log = (level: string, message: string): void => void logs.push(`${level}: ${message}`);
const started = new Set<number>();

afterAll(() => {
  // Whatever a failed test left running.
  for (const pid of started) if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.once('exit', () => resolve(child.pid ?? 999_999));
  });
}

/** Runs tests/support/connect-shared-sidecar.ts as its own process, as a CLI would be. */
function cli(idleSeconds?: number): Promise<{ pid: number; port: number; reused: boolean; sentences: number }> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', path.join(REPO_ROOT, 'tests/support/connect-shared-sidecar.ts'), dataDir];
    if (idleSeconds !== undefined) args.push(String(idleSeconds));
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`cli exited ${code}: ${err}`))));
  });
}

async function until(what: string, ok: () => boolean, ms: number): Promise<number> {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
  return Date.now() - t0;
}

describe('shared NLP sidecar', () => {
  let shared: SharedSidecar;

  it('replaces a stale record, and two CLIs at once start one detached sidecar that outlives them', async () => {
    const stale = { port: await freePort(), token: newSidecarToken(), pid: await deadPid(), startedAt: new Date().toISOString(), version: '4.5.10', pipeline: 'stale', detached: true, ownerPid: process.pid };
    writeNlpRuntime(dataDir, stale);

    const [other, here] = await Promise.all([cli(600), connectSharedSidecar({ dataDir, log, threads: 1, idleExitSeconds: 600 })]);
    shared = here;
    const pid = shared.info().pid;
    started.add(pid);
    expect(other.pid).toBe(pid);
    expect(other.sentences).toBe(1);
    expect([other.reused, shared.info().reused].sort()).toEqual([false, true]);
    expect(pid).not.toBe(stale.pid);

    const record = readNlpRuntime(dataDir);
    expect(record).toMatchObject({ pid, port: shared.info().port, detached: true });
    expect(statSync(nlpRuntimeFile(dataDir)).mode & 0o777).toBe(0o600);

    // The other CLI has exited; the sidecar has not.
    expect(processAlive(pid)).toBe(true);
    expect((await shared.client.annotate('Angela Merkel visited Paris.')).sentences[0]?.tokens[3]?.ner).toBe('LOCATION');
  }, 180_000);

  it('reuses the running sidecar from a later CLI', async () => {
    const again = await cli();
    expect(again).toMatchObject({ pid: shared.info().pid, reused: true, sentences: 1 });
    const status = await sharedSidecarStatus(dataDir);
    expect(status).toMatchObject({ running: true, info: { pid: shared.info().pid, detached: true } });
    expect(JSON.stringify(status)).not.toContain(readNlpRuntime(dataDir)?.token);
  }, 60_000);

  it('stops the shared sidecar on request and removes its record', async () => {
    const pid = shared.info().pid;
    expect(await stopSharedSidecar(dataDir)).toEqual({ stopped: true, pid });
    expect(processAlive(pid)).toBe(false);
    expect(readNlpRuntime(dataDir)).toBeUndefined();
    expect(await stopSharedSidecar(dataDir)).toMatchObject({ stopped: false, reason: 'none' });
  }, 30_000);

  it("refuses to stop the server's own sidecar", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-nlp-owned-'));
    try {
      writeNlpRuntime(dir, { port: await freePort(), token: newSidecarToken(), pid: process.pid, startedAt: new Date().toISOString(), version: '4.5.10', pipeline: 'p', detached: false, ownerPid: process.pid });
      expect(await stopSharedSidecar(dir)).toMatchObject({ stopped: false, reason: 'owned-by-server' });
      expect(readNlpRuntime(dir)).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits by itself after its idle period, and the next CLI starts a new one', async () => {
    const idle = await connectSharedSidecar({ dataDir, log, threads: 1, idleExitSeconds: 3 });
    const pid = idle.info().pid;
    started.add(pid);
    expect(idle.info().reused).toBe(false);
    await idle.client.annotate('The talks ended.');
    const t0 = Date.now();
    await sleep(1_500);
    expect(processAlive(pid)).toBe(true);
    await until('the idle sidecar to exit', () => !processAlive(pid), 20_000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(3_000);
    // Its record is now stale: a call reconnects (starting a new sidecar) and is answered.
    expect((await idle.client.annotate('The talks resumed.')).sentences).toHaveLength(1);
    expect(idle.info().pid).not.toBe(pid);
    started.add(idle.info().pid);
    expect(logs.some((l) => l.includes('went away; reconnecting'))).toBe(true);
    await stopSharedSidecar(dataDir);
  }, 120_000);
});
