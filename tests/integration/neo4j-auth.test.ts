// The local Neo4j has authentication on: no session without the password, not
// over Bolt and not over WebSocket (what a web page in the user's browser
// could reach); the password file and the runtime record are private (0600);
// the password survives restarts and an old store's password is replaced.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { passwordFile } from '../../server/db/neo4j-password.ts';
import { runtimeFile, writeRuntime } from '../../server/db/runtime-file.ts';
import { helloOverWebSocket } from '../support/bolt-websocket.ts';

async function run(uri: string, auth: ReturnType<typeof neo4j.auth.basic> | undefined, query: string): Promise<string> {
  const driver = neo4j.driver(uri, auth);
  const session = driver.session();
  try {
    await session.run(query);
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  } finally {
    await session.close();
    await driver.close();
  }
}

const mode = (file: string): number => statSync(file).mode & 0o777;

describe('the local Neo4j refuses sessions without its password', () => {
  const uri = inject('neo4jUri');
  const good = neo4j.auth.basic('neo4j', inject('neo4jPassword'));
  const evil = "CREATE (:Intruder {at: datetime()})";

  it('over Bolt: no credentials, the default password, a wrong one', async () => {
    expect(await run(uri, undefined, evil)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await run(uri, neo4j.auth.basic('neo4j', 'neo4j'), evil)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await run(uri, neo4j.auth.basic('neo4j', `${inject('neo4jPassword')}x`), evil)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await run(uri, good, 'MATCH (n:Intruder) RETURN n')).toBe('ok');
  });

  it('over WebSocket from a foreign origin: HELLO without or with wrong credentials fails', async () => {
    const none = await helloOverWebSocket(uri, { scheme: 'none' });
    expect(none.upgraded).toBe(true);
    expect(none.reply).toBe('FAILURE');
    expect(none.text).toMatch(/Unauthorized|auth/i);
    const guess = await helloOverWebSocket(uri, { scheme: 'basic', principal: 'neo4j', credentials: 'neo4j' });
    expect(guess.reply).toBe('FAILURE');
    // The same client with the password gets a session: the failures above are the password's doing.
    const right = await helloOverWebSocket(uri, { scheme: 'basic', principal: 'neo4j', credentials: inject('neo4jPassword') });
    expect(right.reply).toBe('SUCCESS');
  });

  it('left no Intruder node behind', async () => {
    const driver = neo4j.driver(uri, good);
    try {
      const res = await driver.executeQuery('MATCH (n:Intruder) RETURN count(n) AS n');
      expect(Number(res.records[0]?.get('n'))).toBe(0);
    } finally {
      await driver.close();
    }
  });

  it('keeps its password file and the runtime record at mode 0600', () => {
    const file = passwordFile(path.join(inject('neo4jDataDir'), 'neo4j'));
    expect(mode(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(inject('neo4jPassword'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-runtime-'));
    try {
      writeFileSync(runtimeFile(dir), '{}', { mode: 0o644 });
      writeRuntime(dir, { boltUri: 'bolt://127.0.0.1:1', pid: 1, owner: 1 });
      expect(mode(runtimeFile(dir))).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the password across restarts', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-auth-'));
  const home = path.join(dir, 'neo4j');
  const logFile = path.join(dir, 'neo4j.log');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated once, kept, and replaced in the store when the file changes', async () => {
    const first = await startLocalNeo4j({ dataDir: home, port: 0, logFile });
    const password = first.password;
    try {
      expect(password.length).toBeGreaterThanOrEqual(24);
      expect(mode(passwordFile(home))).toBe(0o600);
      expect(mode(home)).toBe(0o700);
      expect(readFileSync(logFile, 'utf8')).not.toContain(password);
    } finally {
      await first.stop();
    }
    const second = await startLocalNeo4j({ dataDir: home, port: 0, logFile });
    try {
      expect(second.password).toBe(password);
      expect(await run(second.boltUri, neo4j.auth.basic('neo4j', password), 'RETURN 1')).toBe('ok');
    } finally {
      await second.stop();
    }
    // A new password file (a user rotating it): the store takes it at the next start, the old one stops working.
    writeFileSync(passwordFile(home), 'a-rotated-password-of-enough-length\n', { mode: 0o600 });
    const third = await startLocalNeo4j({ dataDir: home, port: 0, logFile });
    try {
      expect(await run(third.boltUri, neo4j.auth.basic('neo4j', 'a-rotated-password-of-enough-length'), 'RETURN 1')).toBe('ok');
      expect(await run(third.boltUri, neo4j.auth.basic('neo4j', password), 'RETURN 1')).toBe('Neo.ClientError.Security.Unauthorized');
    } finally {
      await third.stop();
    }
  }, 240_000);
});
