import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireFileLock } from '../../../server/java/file-lock.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid ?? 999_999;

describe('acquireFileLock', () => {
  it('writes the owner pid and removes the lock on release', async () => {
    const file = path.join(dir, 'a.lock');
    const release = await acquireFileLock(file, { staleMs: 60_000 });
    expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('waits while a live process holds the lock', async () => {
    const file = path.join(dir, 'b.lock');
    const release = await acquireFileLock(file, { staleMs: 60_000 });
    let second = false;
    const waiting = acquireFileLock(file, { staleMs: 60_000, pollMs: 10 }).then((r) => {
      second = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(second).toBe(false);
    release();
    (await waiting)();
    expect(second).toBe(true);
  });

  it('takes over a lock whose owner is dead', async () => {
    const file = path.join(dir, 'c.lock');
    writeFileSync(file, `${deadPid()}\n`);
    const release = await acquireFileLock(file, { staleMs: 60_000, pollMs: 10 });
    expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
    release();
  });

  it('takes over a lock older than staleMs, whatever its owner', async () => {
    const file = path.join(dir, 'd.lock');
    writeFileSync(file, `${process.pid}\n`);
    const old = new Date(Date.now() - 120_000);
    utimesSync(file, old, old);
    const release = await acquireFileLock(file, { staleMs: 60_000, pollMs: 10 });
    release();
  });
});
