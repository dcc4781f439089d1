// `npm run load` on the real Neo4j: loads files and folders idempotently
// (saved web pages too), and every kind of bad file gets a one-line error
// naming it, a non-zero exit, and nothing written.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { REPO_ROOT } from '../../support/run-server.ts';
import { counts, emptyDb, neo4jEnv, openTestDb } from '../../support/test-db.ts';

const SAMPLE = path.join(REPO_ROOT, 'data/sample/albania-iran-2022.txt');
const PAGES = path.join(REPO_ROOT, 'tests/fixtures/html');

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

  it('loads the saved web pages of a folder (.html, .htm) with their metadata, under NAME.meta.json', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-pages-'));
    copyFileSync(path.join(PAGES, 'news-site.html'), path.join(folder, 'estonia.html'));
    copyFileSync(path.join(PAGES, 'old-style-1252.html'), path.join(folder, 'peru.htm'));
    writeFileSync(path.join(folder, 'peru.meta.json'), JSON.stringify({ published: '2019-06-14', source: 'Andean Dispatch' }));
    const r = load([folder]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/loaded 2 of 2 article\(s\)/);
    const articles = await db.read('MATCH (a:Article) WHERE a.title IN $titles RETURN a.title AS title, a.published AS published, a.source AS source ORDER BY title', {
      titles: ['Estonia expels Belarusian diplomat after ministry hack', 'Peru expels Venezuelan ambassador'],
    });
    expect(articles.records.map((a) => a.toObject())).toEqual([
      { title: 'Estonia expels Belarusian diplomat after ministry hack', published: '2024-03-12', source: 'The Baltic Ledger' },
      { title: 'Peru expels Venezuelan ambassador', published: '2019-06-14', source: 'Andean Dispatch' },
    ]);
    const markup = await db.read("MATCH (a:Actor) WHERE a.name =~ '(?i)html|body|script|doctype' OR a.name CONTAINS '<' RETURN a.name AS name");
    expect(markup.records.map((a) => a.get('name'))).toEqual([]);
  });

  it('refuses a saved page without a story with a one-line error, and writes nothing', async () => {
    const before = await counts(db);
    const r = load([path.join(PAGES, 'no-article.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').find((l) => l.startsWith('error:'))).toMatch(/no-article\.html: NO_ARTICLE_CONTENT/);
    expect(await counts(db)).toEqual(before);
  });

  it('says when there is no such file', () => {
    const r = load([path.join(dir, 'missing.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
  });
});
