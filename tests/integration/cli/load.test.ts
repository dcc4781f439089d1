// `npm run load` on the real Neo4j: loads files and folders idempotently, and
// every kind of bad file gets a one-line error naming it, a non-zero exit,
// and nothing written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { REPO_ROOT } from '../../support/run-server.ts';
import { counts, emptyDb, neo4jEnv, openTestDb } from '../../support/test-db.ts';

const SAMPLE = path.join(REPO_ROOT, 'data/sample/albania-iran-2022.txt');

function load(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts/load.ts'), ...args], {
    cwd: REPO_ROOT,
    // NOTE: DATA_DIR records the run's NLP sidecar, which the CLI reuses as it would a shared one.
    env: { ...process.env, ...neo4jEnv(), DATA_DIR: inject('nlpDataDir'), LOG_LEVEL: 'warn', MAX_ARTICLE_BYTES: '50000', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run load', () => {
  let db: GraphDb;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-load-'));

  beforeAll(async () => {
    db = await openTestDb();
    await emptyDb(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('loads an article and prints a summary by type; loading it again changes nothing', async () => {
    const first = load([SAMPLE, '--published', '2022-09-10']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/loaded 1 of 1 article\(s\): \d+ actors; edges: .*ATTACKED \d+/);
    const after = await counts(db);
    expect(after.relationships).toBeGreaterThan(5);
    expect(load([SAMPLE, '--published', '2022-09-10']).status).toBe(0);
    expect(await counts(db)).toEqual(after);
  });

  const bad: readonly [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty/i],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]), /binary/i],
    ['latin1.txt', Buffer.from('Le ministre a d\xe9clar\xe9 que la France expulse trois diplomates.', 'latin1'), /UTF-8/i],
    ['huge.txt', 'Norway expelled Russian diplomats. '.repeat(3_000), /too large|size|bytes/i],
    ['nothing.txt', 'The weather was fine and the match ended in a draw after extra time.', /no actors/i],
  ];

  it.each(bad)('refuses %s with a one-line error naming the file, and writes nothing', async (name, content, reason) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const before = await counts(db);
    const r = load([file]);
    expect(r.status).toBe(1);
    const errorLine = r.stderr.split('\n').find((l) => l.startsWith('error:')) ?? '';
    expect(errorLine).toContain(name);
    expect(errorLine).toMatch(reason);
    expect(await counts(db)).toEqual(before);
  });

  it('loads every .txt file of a folder and reports failures without stopping', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-folder-'));
    writeFileSync(path.join(folder, 'a.txt'), 'Norway expelled three Russian diplomats on Monday.');
    writeFileSync(path.join(folder, 'b.txt'), '');
    const r = load([folder, '--published', '2024-05-06']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/loaded 1 of 2 article/);
  });

  it('says when there is no such file', () => {
    const r = load([path.join(dir, 'missing.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
  });
});
