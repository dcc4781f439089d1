// Small holes at the edges: reads are rate-limited per client, a bad
// configuration is one line on stderr (exit 2) rather than a stack trace, and
// `npm run neo4j --data-dir D` keeps everything under D and prints the
// documented NEO4J_READY line, without the password.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { passwordFile } from '../../server/db/neo4j-password.ts';
import { runtimeFile } from '../../server/db/runtime-file.ts';
import { REPO_ROOT } from '../support/run-server.ts';
import { appWith } from '../support/test-app.ts';

describe('read rate limit', () => {
  it.each(['/api/graph', '/api/search?q=Ruritania', '/api/actors/country:none', '/api/paths?from=a&to=b'])('%s answers 429 RATE_LIMITED past READ_RATE_PER_MINUTE', async (url) => {
    const { db, app } = await appWith([], { READ_RATE_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await request(app).get(url)).status);
      expect(statuses.slice(0, 3)).not.toContain(429);
      const last = await request(app).get(url);
      expect(last.status).toBe(429);
      expect(last.body.code).toBe('RATE_LIMITED');
      // Health is not limited: a monitor polls it.
      expect((await request(app).get('/api/health')).status).toBe(200);
    } finally {
      await db.close();
    }
  });
});

describe('a bad configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ API_TOKEN: ' '.repeat(16) }, 'API_TOKEN'],
    [{ HOST: '0.0.0.0' }, 'API_TOKEN'],
    [{ REQUEST_DEADLINE_MS: '-1' }, 'REQUEST_DEADLINE_MS'],
  ])('%o is one line on stderr naming %s, and exit code 2', (env, name) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/main.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'test', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^actorgraph: invalid configuration|^actorgraph: HOST=/);
    expect(lines[0]).toContain(name);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('npm run neo4j --data-dir D', () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-neo4j-cli-'));
  const dataDir = path.join(parent, 'D');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('keeps store, log, runtime record and password under D and prints NEO4J_READY first', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts/neo4j.ts'), '--port', '0', '--data-dir', dataDir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    try {
      expect(first).toMatch(/^NEO4J_READY \{/);
      const ready = JSON.parse(first.slice('NEO4J_READY '.length)) as { bolt: string; version: string; pid: number; passwordFile: string };
      expect(ready.bolt).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(ready.version).toMatch(/^5\.26\./);
      expect(ready.passwordFile).toBe(passwordFile(path.join(dataDir, 'neo4j')));
      const password = readFileSync(ready.passwordFile, 'utf8').trim();
      expect(first + stderr).not.toContain(password);
      expect(existsSync(path.join(dataDir, 'neo4j.log'))).toBe(true);
      expect(statSync(runtimeFile(dataDir)).mode & 0o777).toBe(0o600);
      expect((JSON.parse(readFileSync(runtimeFile(dataDir), 'utf8')) as { pid: number }).pid).toBe(ready.pid);
      // Nothing beside D.
      expect(readdirSync(parent)).toEqual(['D']);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(runtimeFile(dataDir))).toBe(false);
  }, 180_000);
});
